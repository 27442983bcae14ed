# Infinite generators composed by hand: count, cycle, takewhile, islice-like.
def count(start=0, step=1):
    while True:
        yield start
        start += step
def cycle(items):
    saved = list(items)
    while saved:
        yield from saved
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(5, count(10, 5)), take(7, cycle("ab")), list(takewhile(lambda x: x < 30, primes())))
fib = lambda: (yield from _fib())
def _fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, _fib()))
