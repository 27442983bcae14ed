# match: guards referencing captures, as-patterns on sub-patterns, nested or-patterns with captures.
def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case ((a, b) as inner, c):
            return f"nested {inner} then {c} (a={a}, b={b})"
        case (x, y, *rest) if len(rest) > 1:
            return f"long tuple starting {x},{y} +{len(rest)}"
        case _:
            return "other"
for p in [(0, 0), (5, 0), (0, -2), (3, 3), ((1, 2), 3), (1, 2, 3, 4), (1, 2), "xy"]:
    print(p, "->", classify(p))
