tests = [
    lambda: int("12a"),
    lambda: float("abc"),
    lambda: [1, 2].index(5),
    lambda: "abc".index("z"),
    lambda: max([]),
    lambda: range(1, 2, 0),
    lambda: "a,b".split(""),
    lambda: chr(-1),
]
for t in tests:
    try:
        t()
    except ValueError as e:
        print(type(e).__name__, e)
