class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p = Point(3, 4)
print(p, p.norm2(), Point.count, Point(1, 2) == Point(1, 2), p != Point(3, 4), len({Point(1, 1), Point(1, 1)}))
print(type(p).__name__, Point.__name__, isinstance(p, Point), hasattr(p, "x"), hasattr(p, "z"), getattr(p, "z", "dflt"))
p.z = 5; setattr(p, "w", 6); print(p.z, p.w, sorted(vars(p)))
del p.z; print(hasattr(p, "z"))
try:
    p.missing
except AttributeError as e:
    print(e)
