# zip (including strict), map with several iterables, filter with None.
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("ab", range(10))), list(zip()), list(zip([1])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [5, 2])), list(map(str.upper, "hi")), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda v: v % 3, range(10))))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
print(dict(zip("xyz", range(3))), [a * b for a, b in zip(range(4), range(4, 8))])
