# Methods of float.
x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), float.fromhex("0x1.8p1"), (1.0).hex())
print(x.conjugate(), x.real, x.imag)
print(float("1e3"), float(" -2.5 "), float("inf"), float("-inf"), float("nan"))
print(int(3.99), int(-3.99), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(float.__name__, type(1.0).__name__)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(1e300 * 1e10, -1e300 * 1e10, (1e300 * 1e10) - (1e300 * 1e10) != 0)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0, 0.0 == -0.0)
print(float(10 ** 20), 1 / 3, 2 / 3, 1e-7, 123456789.0 * 10)
print(hash(1.0) == hash(1), hash(0.5))
