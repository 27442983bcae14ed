# abs, round, divmod, pow, min/max on mixed numbers; round half to even.
print(abs(-3), abs(-2.5), abs(3 + 4j), abs(True))
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5]], round(3.14159, 3), round(-2.675, 2), round(7, 0), type(round(2.5)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, -1), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(max(1, 2.5, True), min(-1, -1.0), 3 == 3.0, 1 == True, hash(1) == hash(1.0) == hash(True))
print(int(7.9), int(-7.9), int("0b101", 0), int("z", 36), float(7), complex(1.5), bool(0.0), bool(-0.1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(0.1 + 0.2, 1))
