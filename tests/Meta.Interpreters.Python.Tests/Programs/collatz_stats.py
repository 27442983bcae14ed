def steps(n):
    c = 0
    while n != 1:
        n = 3 * n + 1 if n & 1 else n >> 1
        c += 1
    return c
best = max(range(1, 3000), key=steps)
print(best, steps(best), sum(steps(n) for n in range(1, 100)))
