NONE = None
FIVE = 5
tests = [
    lambda: "a" * "b",
    lambda: [] + (),
    lambda: {} + {},
    lambda: -"a",
    lambda: len(None),
    lambda: NONE(),
    lambda: FIVE[0],
    lambda: iter(5),
    lambda: int([]),
    lambda: {}[[]],
    lambda: "x".join([1]),
    lambda: (1).foo,
    lambda: "abc"[float("1.5")],
    lambda: 2 ** "x",
    lambda: abs("x"),
]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
