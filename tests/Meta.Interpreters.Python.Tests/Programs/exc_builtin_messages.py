# CPython's messages for common builtin errors.
tests = [
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: int("12x"),
    lambda: float("abc"),
    lambda: 1 + "a",
    lambda: "a" * 2.5,
    lambda: len(5),
    lambda: None.attr,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: undefined_name,
    lambda: 10 // 0,
    lambda: 2.0 / 0,
    lambda: int(None),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: "abc".index("z"),
    lambda: [1].index(2),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: chr(-1),
    lambda: hash([]),
    lambda: (lambda x: x)(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda *, k: k)(k=1, j=2),
    lambda: abs("x"),
    lambda: divmod(1, 0),
    lambda: [].remove(1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
