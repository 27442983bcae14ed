calls = []
def tracked(x):
    calls.append(x)
    return x * 2
g = (tracked(x) for x in range(5))
print(calls)
print(next(g), calls)
print(list(g), calls)
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in 'a bb ccc'.split()))
