print(True + True, True * 3, int(False), bool(0), bool(""), bool([0]), bool(None), not 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", [] or {} or "last")
print(isinstance(True, int), type(True).__name__, True == 1, hash(True), str(False))
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 3 <= x <= 5 < 6)
