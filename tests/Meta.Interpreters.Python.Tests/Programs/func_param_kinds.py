# Positional-only, keyword-only, defaults, *args and **kwargs together, and their errors.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 9, 8, 7, 6, d=0, z=1))
print(f(1, c=30, d=40, e=50))
for call in [lambda: f(d=1), lambda: f(1), lambda: f(1, b=2, d=3), lambda: f(1, 2, 3, d=4, c=5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(*, only):
    return only
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
