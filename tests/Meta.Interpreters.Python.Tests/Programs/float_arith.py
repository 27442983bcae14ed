print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2.0 ** -1, 10 / 4, 1e308 * 10)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1), round(15, -1), round(25, -1))
print(int(3.9), int(-3.9), float(7), float("1.5"), float(" 2e3 "), 3.0 == 3, hash(3.0) == hash(3))
print(abs(-2.5), divmod(7.5, 2), (0.5).is_integer(), (2.0).is_integer(), (0.25).as_integer_ratio())
