n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
total = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 20:
        break
    total += i
print(total)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
