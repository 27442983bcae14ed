# Data and non-data descriptors, their precedence over instance attributes.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x, self.y = x, y
    @Lazy
    def norm2(self):
        print("computing")
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
print(p.x, p.y, p.norm2, p.norm2)
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)
print(type(Point.__dict__["x"]).__name__, Point.x.name, sorted(k for k in vars(p)))
