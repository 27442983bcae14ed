def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = make()
add(1); add(2)
print(items, add.__name__, add.__qualname__)
