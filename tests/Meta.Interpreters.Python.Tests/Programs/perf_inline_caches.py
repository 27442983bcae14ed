# The interpreter's inline caches and fused instructions must not change what a program sees:
# polymorphic attribute sites, attributes added in different orders, properties replaced or
# removed after a site cached them, comparisons returning non-bools before a branch, and
# in-place operators on builtin numbers and user classes.


class Base:
    def __init__(self, n):
        self.n = n

    def describe(self):
        return "base %d" % self.n


class Left(Base):
    def describe(self):
        return "left %d" % self.n


class Right(Base):
    pass


class Odd(Base):
    def __init__(self, n):
        self.extra = -n
        self.n = n


class Fifth(Base):
    pass


def describe_all(items):
    return [item.describe() + " " + str(item.n) for item in items]


items = [Base(1), Left(2), Right(3), Odd(4), Fifth(5), Left(6), Base(7)]
print(describe_all(items))
print(describe_all(items))
print([sorted(vars(item)) for item in items])


class Shadowing(Base):
    pass


s = Shadowing(8)
print(describe_all([s]))
s.describe = lambda: "instance attribute wins"
print(describe_all([s]))


def build(order):
    obj = Base(0)
    for name in order:
        setattr(obj, name, len(name))
    return obj


def assign_pair(obj, a, b):
    obj.a = a
    obj.b = b
    return obj


print(vars(assign_pair(Base(0), 1, 2)))
print(vars(assign_pair(build(["b"]), 3, 4)))
print(vars(assign_pair(build(["a", "zz"]), 5, 6)))
print(list(vars(assign_pair(Base(0), 7, 8))))


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = max(-273, value)


def read_and_write(t, value):
    t.celsius = value
    return t.celsius


t = Temperature()
print([read_and_write(t, v) for v in (10, -500, 25)])
Temperature.celsius = property(lambda self: self._c * 10)
try:
    read_and_write(t, 3)
except AttributeError as e:
    print("AttributeError", e)
print(t.celsius)
del Temperature.celsius
print(read_and_write(t, 4), vars(t))


class Slotted:
    __slots__ = ("x",)


def set_x(obj, value):
    obj.x = value
    return obj.x


print(set_x(Slotted(), 1), set_x(Slotted(), 2))


def set_y(obj):
    obj.y = 1


try:
    set_y(Slotted())
except AttributeError as e:
    print("AttributeError", e)


class Weird:
    def __lt__(self, other):
        return "truthy string"

    def __eq__(self, other):
        return 0


def branches(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a == b:
        out.append("eq")
    if not (a == b):
        out.append("not eq")
    return out


print(branches(Weird(), Weird()), branches(1, 2), branches(2, 2), branches(1.5, 1.5))


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __repr__(self):
        return "Vector(%r, %r)" % (self.x, self.y)


v = Vector(1, 2)
alias = v
v += Vector(3, 4)
print(v, alias, v is alias, v + Vector(0.5, 0.5))
total, f, text = 0, 1.5, "a"
for i in range(5):
    total += i
    f *= 2
    f /= 4
    text += str(i)
print(total, f, text)
try:
    f /= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(1.0 / 3.0, -7.5 / 2.5, 2 ** -1)
