def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "inner caught " + str(e)
    return "inner done"
def outer():
    r = yield from inner()
    yield "outer got " + r
g = outer()
print(next(g), g.throw(ValueError("x")), next(g))
def failing():
    yield 1
def wrapper():
    try:
        yield from failing()
    except KeyError as e:
        yield "wrapper caught " + repr(e)
w = wrapper()
print(next(w), w.throw(KeyError("k")))
