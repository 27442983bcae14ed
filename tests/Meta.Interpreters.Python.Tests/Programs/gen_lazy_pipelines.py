# Lazy generator pipelines: nothing runs until consumed; infinite sources with early stop.
log = []
def numbers():
    n = 0
    while True:
        log.append(f"produce {n}")
        yield n
        n += 1

def squares(src):
    for x in src:
        log.append(f"square {x}")
        yield x * x

def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x

pipeline = take(3, squares(numbers()))
print(log)
print(list(pipeline))
print(log)
evens = (x for x in range(10**9) if x % 2 == 0)
print(next(evens), next(evens), next(evens))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc dd".split()))
