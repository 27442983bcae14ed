def show(*args, sep="/", **kw):
    return sep.join(str(a) for a in args) + str(sorted(kw))
print(show(1, 2, 3), show(1, sep="-"), show(x=1, y=2), show(*range(4), **{"z": 0}))
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print(e)
def kw_only(*, a, b=2):
    return a * b
print(kw_only(a=3), kw_only(b=5, a=1))
def mixed(a, *rest, flag=False):
    return a, rest, flag
print(mixed(1), mixed(1, 2, 3, flag=True))
