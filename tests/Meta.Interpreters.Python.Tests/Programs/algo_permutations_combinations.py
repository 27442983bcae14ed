# Generating permutations, combinations, subsets and the n-queens count recursively.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
def subsets(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result
print(["".join(p) for p in permutations("abc")])
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 3))))
print(subsets("xyz"))
def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols + (c,), diag1 + (row + c,), diag2 + (row - c,))
               for c in range(n) if c not in cols and row + c not in diag1 and row - c not in diag2)
print([queens(n) for n in range(1, 8)])
