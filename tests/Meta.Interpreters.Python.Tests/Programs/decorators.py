def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@trace
def add(a, b=0):
    return a + b
print(add(1, b=2))
def repeat(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bob"))
def register(cls):
    cls.registered = True
    return cls
@register
class R:
    pass
print(R.registered)
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
