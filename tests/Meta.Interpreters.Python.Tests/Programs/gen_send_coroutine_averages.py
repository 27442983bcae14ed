# A moving-average coroutine over a window, fed with send and closed explicitly.
def moving_average(window):
    values = []
    avg = None
    try:
        while True:
            x = yield avg
            values.append(x)
            if len(values) > window:
                values.pop(0)
            avg = sum(values) / len(values)
    finally:
        print("closing with", values)
ma = moving_average(3)
next(ma)
print([ma.send(x) for x in [1, 2, 3, 4, 10, 10]])
ma.close()
print(ma.__class__.__name__)
