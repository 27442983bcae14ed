t = (1, 2, 3)
print(t, t[1], t[-1], t[1:], t + (4,), t * 2, len(t), t.count(2), t.index(3), 2 in t, tuple([5, 6]), tuple("ab"))
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, *mid, y = range(5)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r, hash((1, 2)) == hash((1, 2)))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
