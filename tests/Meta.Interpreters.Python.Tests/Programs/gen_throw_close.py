# Generator throw() and close(): handled exceptions, GeneratorExit, finally blocks.
def worker():
    try:
        while True:
            try:
                job = yield
                print("job", job)
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("worker cleanup")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def quiet():
    yield 1
q = quiet()
try:
    q.throw(KeyError("k"))
except KeyError as e:
    print("KeyError raised into unstarted generator:", e)
