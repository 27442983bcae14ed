def f(a, b):
    return a
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, a=3), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(e)
def k(*, x):
    return x
try:
    k()
except TypeError as e:
    print(e)
def d(a, b=1):
    pass
try:
    d(1, 2, 3)
except TypeError as e:
    print(e)
