# match: sequence patterns with fixed length, star captures and nesting.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *middle, last] if not middle:
            return "never: two elements matched above"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"

for s in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], range(3), "ab"]:
    try:
        print(repr(s), "->", shape(s))
    except Exception as e:
        print(type(e).__name__, e)

match (1, (2, [3, 4])):
    case (a, (b, [c, d])):
        print(a + b + c + d)
match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match "abc":
    case [*_]:
        print("a str is not a sequence pattern")
    case _:
        print("str skipped")
