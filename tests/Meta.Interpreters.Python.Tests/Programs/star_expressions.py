# Star expressions: unpacking in assignments, calls, displays and for-targets.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
print([*range(3), *"ab", *(9,)], (*[1, 2], 3), {*"aab", *[1]} == {"a", "b", 1})
print({**{"x": 1}, "y": 2, **{"x": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), k=1, **{"j": 2}))
for head, *rest in [(1, 2, 3), (4,), "xy"]:
    print(head, rest)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, *z = [1]
except ValueError as e:
    print("ValueError:", e)
