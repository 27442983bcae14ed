# __call__ makes instances callable; callable() and functools-like memoization.
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.calls = 0
    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.calls, callable(fib), callable(5), callable(Memo))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(), c(10), list(map(c, [1, 1])))
