# Generator expressions: the first iterable is evaluated immediately, the rest lazily.
def source(tag, n):
    print("creating", tag)
    return range(n)
g = (x * y for x in source("outer", 2) for y in source("inner", 2))
print("generator made")
print(list(g))
items = [1, 2, 3]
lazy = (i * 10 for i in items)
items.append(4)
print(list(lazy))
items = [7]
print(sum(i for i in items), list(x for x in "ab" if x != "a"), tuple(n % 2 for n in range(4)))
