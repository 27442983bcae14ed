# yield from: delegation, return values, send/throw pass through.
def inner(n):
    received = []
    for i in range(n):
        x = yield i
        received.append(x)
    return received

def outer():
    result = yield from inner(3)
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    return "done"

g = outer()
print(next(g), g.send("a"), g.send("b"))
print(list(g))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), {7: None})))

def catcher():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        yield "caught in inner"
def delegator():
    yield from catcher()
d = delegator()
print(next(d), d.throw(ZeroDivisionError), next(d, "exhausted"))
