x = 9223372036854775807
print(x + 1, x * x, -x - 2, (x + 1) // 2, 2 ** 64, 3 ** 50)
print(type(x + 1).__name__, (x + 1) - 1 == x, hash(2 ** 61 - 1), hash(2 ** 61), hash(-1))
f = 1
for i in range(1, 30):
    f *= i
print(f, f % 1000007, len(str(2 ** 1000)))
