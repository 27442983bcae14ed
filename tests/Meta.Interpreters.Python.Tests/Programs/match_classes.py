# match: class patterns with __match_args__, keyword patterns and builtin self-matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, radius=r):
            return f"circle r={r} around ({c.x}, {c.y})"
        case int(n) | float(n):
            return f"number {n}"
        case str() | bytes():
            return "text"
        case [Point(), *_]:
            return "list of points"
        case _:
            return "unknown"

for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20),
          Circle(Point(0, 1), 2), 7, 2.5, "s", b"b", [Point(1, 1)], None]:
    print(where(o))

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
