# Generator objects: exhaustion is permanent, re-entrancy error, gi_ attributes absent, iter(g) is g.
def count_to(n):
    for i in range(1, n + 1):
        yield i

g = count_to(2)
print(iter(g) is g, list(g), list(g), next(g, "empty"))

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))

def gen_with_return_value():
    yield 1
    return 99
it = gen_with_return_value()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
