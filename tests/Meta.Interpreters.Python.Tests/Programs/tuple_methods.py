# tuple: count, index, hashing, packing and comparison.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t), t[1:3], t[::-1])
print((1,) + (2, 3), (0,) * 3, (1, 2) < (1, 2, 3), (3,) > (2, 9))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
print(tuple("abc"), tuple([1, 2]), tuple(), tuple(range(3)))
a, *b = t
print(a, b)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(repr(()), repr((1,)), str((1, "a")))
