# Generators as coroutines: a push-based pipeline of filter, map and sink stages.
def sink(results):
    while True:
        item = yield
        results.append(item)
def mapper(fn, target):
    while True:
        target.send(fn((yield)))
def filterer(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def primed(gen):
    next(gen)
    return gen
out = []
pipeline = primed(filterer(lambda x: x % 3, primed(mapper(lambda x: x * x, primed(sink(out))))))
for i in range(10):
    pipeline.send(i)
print(out)
pipeline.close()
try:
    pipeline.send(1)
except StopIteration:
    print("closed pipeline raises StopIteration")
