moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append((a, c))
        hanoi(n - 1, b, a, c)
hanoi(5, "A", "B", "C")
print(len(moves), moves[:4])
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i+1:])]
print(perms("abc"), len(perms("abcde")))
def subsets(items):
    out = [[]]
    for x in items:
        out += [s + [x] for s in out]
    return out
print(subsets([1, 2, 3]))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), [gcd(i, 12) for i in range(1, 13)])
