# Generator send(): priming with next or send(None), values flowing both ways, StopIteration.value.
def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else 0.0
        if value is None:
            break
        total += value
        count += 1
    return (total, count)

acc = accumulator()
print(next(acc))
for v in [10, 20, 60]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
