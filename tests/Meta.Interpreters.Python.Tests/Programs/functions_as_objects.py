def apply(f, *args):
    return f(*args)
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b, 'max': max}
print({k: apply(f, 3, 4) for k, f in ops.items()})
def describe(f):
    return f.__name__, f.__code__.co_argcount, f.__code__.co_varnames[:2]
print(describe(apply), describe(describe))
print(callable(apply), apply.__defaults__, (lambda x=1: x).__defaults__)
