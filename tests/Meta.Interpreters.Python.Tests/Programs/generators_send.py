def averager():
    total, count = 0, 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def echo():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("closing")
e = echo(); next(e); e.send(1); e.throw(ValueError("bad")); e.send(2); e.close()
def delegate():
    r = yield from sub()
    print("sub returned", r)
    yield "after"
def sub():
    yield 1
    yield 2
    return "sub-done"
print(list(delegate()))
def tree(n):
    if n > 0:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
