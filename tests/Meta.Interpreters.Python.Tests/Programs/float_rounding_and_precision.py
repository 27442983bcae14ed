# Float precision: representation error, rounding modes via round(), and exact comparisons.
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == round(0.3, 10), (0.1).as_integer_ratio())
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 0.45]], round(2.5), round(3.5), round(-0.5))
print(1e16 + 1 == 1e16, 2 ** 53 == 2 ** 53 + 1.0, float(2 ** 53 + 1), 1 / 3 * 3 == 1.0)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9, sum([0.1] * 10))
print(f"{2 / 3:.17f}", repr(2 / 3), 5e-324 / 2, 1.7976931348623157e308 * 10)
