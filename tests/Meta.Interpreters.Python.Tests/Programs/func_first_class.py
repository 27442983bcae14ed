# Functions as values: stored in dicts, passed, returned, given attributes, compared.
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
add.description = "adds"
print(add.description, add.__name__, ops["*"].__name__, add is ops["+"], callable(add))
print(sorted([sub, add], key=lambda fn: fn.__name__)[0].__name__, (lambda: None)() is None)
def apply_n(fn, n, x):
    return x if n == 0 else apply_n(fn, n - 1, fn(x))
print(apply_n(dbl, 10, 1))
