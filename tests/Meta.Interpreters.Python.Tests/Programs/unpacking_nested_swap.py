# Tuple packing/unpacking: swaps, rotations, nested targets, starred in the middle.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
pairs = [(1, "one"), (2, "two")]
for (num, word), idx in zip(pairs, range(2)):
    print(num, word, idx)
matrix = [[1, 2, 3], [4, 5, 6]]
(r1a, *r1rest), (r2a, *_) = matrix
print(r1a, r1rest, r2a)
d = {"k1": (1, 2), "k2": (3, 4)}
for key, (x, y) in d.items():
    print(key, x + y)
x = y = z = 7
print(x, y, z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
