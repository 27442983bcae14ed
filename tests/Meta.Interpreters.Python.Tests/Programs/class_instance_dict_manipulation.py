# Working with instance __dict__ directly: vars(), updates through the dict, and attribute order.
class Bag:
    def __init__(self, **kw):
        self.__dict__.update(kw)
b = Bag(x=1, y=2)
b.z = 3
print(vars(b), b.x, b.z)
vars(b)["w"] = 4
del b.__dict__["x"]
print(b.w, hasattr(b, "x"), sorted(vars(b)), list(b.__dict__))
b.__dict__.clear()
print(vars(b), hasattr(b, "y"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return vars(self) == vars(o)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
