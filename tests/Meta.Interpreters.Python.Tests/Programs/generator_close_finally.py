def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
it = g()
print(next(it))
it.close()
print("closed")
def h():
    try:
        yield "a"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
x = h()
next(x)
x.close()
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
try:
    next(c)
except StopIteration:
    print("exhausted")
