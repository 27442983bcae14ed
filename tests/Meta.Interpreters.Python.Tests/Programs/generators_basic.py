def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
g = count(2)
print(next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
print(list(x * x for x in range(6) if x % 2), sum(x for x in range(10)))
def gen_return():
    yield 1
    return "ret"
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
