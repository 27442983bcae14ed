# A generator-based running statistics accumulator driven by send, reporting via return.
def stats():
    n = total = 0
    lo = hi = None
    while True:
        x = yield
        if x is None:
            return {"n": n, "mean": total / n if n else None, "min": lo, "max": hi}
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
def drive(values):
    g = stats()
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration as stop:
        return stop.value
print(drive([4, 8, 15, 16, 23, 42]))
print(drive([]))
