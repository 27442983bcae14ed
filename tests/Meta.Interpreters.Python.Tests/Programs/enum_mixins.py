# enum imports: IntEnum mixes in int (int.__new__ in int.__dict__), type(name, bases, ns, **kw)
# defers to the bases' metaclass (EnumType.__new__), None.__doc__ is None.
import enum

class Color(enum.Enum):
    RED = 'r'
    GREEN = 'g'
print(Color('r'), Color.GREEN.value, list(Color))

class Level(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(Level.HIGH + 1, Level.LOW < Level.HIGH, isinstance(Level.LOW, int), repr(Level(3)), int(Level.HIGH))

class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W))

print('__new__' in int.__dict__, '__new__' in list.__dict__, None.__doc__)
Point = type('Point', (tuple,), {'x': property(lambda self: self[0])})
print(Point((1, 2)).x, type(Point).__name__)
