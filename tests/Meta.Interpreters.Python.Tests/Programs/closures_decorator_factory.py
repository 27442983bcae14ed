# Decorator factories built from closures: arguments, state and wrapped metadata.
def repeat(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            results = [fn(*args, **kwargs) for _ in range(times)]
            wrapper.calls += 1
            return results
        wrapper.calls = 0
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorate

@repeat(3)
def greet(name, punct="!"):
    "Say hello."
    return f"hi {name}{punct}"

print(greet("bo"), greet("al", punct="?"), greet.calls, greet.__name__, greet.__doc__)

def trace(fn):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + f"-> {fn.__name__}({n})")
        depth[0] += 1
        r = fn(n)
        depth[0] -= 1
        return r
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
