a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
first, *_, last = range(10)
print(first, last)
print([*range(3), *"ab"], (*[1, 2], 3), {*[1, 1, 2]} == {1, 2}, {**{"a": 1}, **{"b": 2}})
def f(a, b, c):
    return a + b + c
args = [1, 2]
print(f(*args, 3), f(*"abc"), f(**{"a": 1, "b": 2, "c": 3}))
x = y = z = 0
x += 1
print(x, y, z)
a, b = b, a
print(a, b)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m)
