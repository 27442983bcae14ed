def f(a, b=None, **opts):
    b = [] if b is None else b
    b.append(a)
    return b, sorted(opts)
print(f(1), f(2), f(3, [0], x=1, y=2))
def g(**kw):
    return {k: v * 2 for k, v in kw.items()}
print(g(a=1, b=2), g(**{'c': 3}))
