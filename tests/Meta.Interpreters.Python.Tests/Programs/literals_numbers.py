# Numeric literals: underscores, bases, exponents, imaginary, and their reprs.
print(1_000_000, 0x_FF, 0o7_7, 0b1010_1010, 1_0.5_0, 1e1_0, 0XdeadBEEF, 0O17, 0B11)
print(.5, 5., 1E3, 2.5e-3, 1_2j, 3.0j, 0j, 10 ** -1, 0.1e1)
print(type(1e3).__name__, type(1_000).__name__, type(2j).__name__, 0 == -0, 1.0 == 1)
print(0.1 + 0.7, 1.1 * 3, 1 / 10 * 3, 9007199254740993, float(9007199254740993))
