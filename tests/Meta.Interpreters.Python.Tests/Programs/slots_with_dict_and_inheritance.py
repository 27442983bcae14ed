# __slots__ including __dict__, slots in a subclass of a class without slots, and class attributes.
class Flexible:
    __slots__ = ("x", "__dict__")
f = Flexible()
f.x = 1
f.anything = 2
print(f.x, f.anything, sorted(f.__dict__))
class Base:
    pass
class Slotted(Base):
    __slots__ = ("a",)
s = Slotted()
s.a = 1
s.b = 2
print(s.a, s.b, hasattr(s, "__dict__"))
class Point:
    __slots__ = ("x", "y")
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.dims, Point.dims, Point.__slots__)
try:
    p.dims = 3
except AttributeError as e:
    print("AttributeError:", e)
