import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.pi, math.e, math.isqrt(99), math.gcd(12, 18))
print(round(math.log(math.e), 6), math.log(8, 2), math.log10(1000), math.exp(0), math.sin(0), math.cos(0), math.fabs(-3))
print(math.factorial(10), math.inf > 10 ** 100, math.isnan(math.nan), math.hypot(3, 4), math.trunc(-3.7), math.comb(5, 2))
print(math.atan2(1, 1) * 4 == math.pi, math.degrees(math.pi), math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
