def read(n):
    for i in range(n):
        yield i
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def squares(src):
    for v in src:
        yield v * v
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
print(list(take(5, squares(evens(read(100))))))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(7)), 3)))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
g = read(3)
print(iter(g) is g, list(zip(g, "xyz")))
