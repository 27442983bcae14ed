# Arbitrary-precision integers: arithmetic, powers, division and bit operations.
a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b, divmod(-a, b))
print(pow(7, 222, 10 ** 9 + 7), pow(2, 10 ** 5, 97))
print(a >> 150, 1 << 100, a & (2 ** 64 - 1), (a | 1) ^ a, ~a)
print(-a // 7, -a % 7, abs(-b) == b, a == 2 ** 200, a > b, hash(a) == hash(2 ** 200))
print(len(str(2 ** 10000)), str(3 ** 100)[:20], int("9" * 50) + 1)
