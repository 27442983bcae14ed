# Factories via classmethods and a registry dict mapping names to subclasses.
class Shape:
    kinds = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.kinds[cls.__name__.lower()] = cls
    @classmethod
    def parse(cls, text):
        kind, *nums = text.split()
        return cls.kinds[kind](*map(float, nums))
    @staticmethod
    def fmt(x):
        return f"{x:.1f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
shapes = [Shape.parse(t) for t in ["circle 1", "rect 2 3", "circle 0.5"]]
print([type(s).__name__ for s in shapes], [Shape.fmt(s.area()) for s in shapes], sorted(Shape.kinds))
try:
    Shape.parse("hexagon 1")
except KeyError as e:
    print("KeyError:", e)
