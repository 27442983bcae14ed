def traffic():
    while True:
        yield 'green'
        yield 'yellow'
        yield 'red'
t = traffic()
print([next(t) for _ in range(7)])
def running_max(seq):
    best = None
    for x in seq:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
