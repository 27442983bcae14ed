# hash consistency across equal values of different types, identity of small ints and singletons.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False), hash("a") == hash("a"))
print(hash(-1) == hash(-2), hash(2 ** 61 - 1) == hash(0), hash(float("inf")), hash(complex(3, 0)) == hash(3))
a = 256
b = 256
print(a is b, None is None, True is (1 == 1), id(a) == id(b))
x = [1]
y = x
print(id(x) == id(y), x is y, x == [1], x is [1])
