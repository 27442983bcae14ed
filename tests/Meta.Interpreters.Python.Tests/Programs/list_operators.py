# Operators on lists: concatenation, repetition, comparison, membership, slices.
a = [1, 2, 3]
b = a + [4]
print(b, a * 2, [0] * 3, 2 * ["x"], [] * 5)
a += [9]; print(a)
a *= 2; print(a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2])
print(3 in a, 7 not in a)
c = list(range(10))
print(c[2:8:2], c[::-3], c[-2:], c[:-7])
c[1:3] = ["a", "b", "c"]; print(c)
c[::4] = [0, 0, 0]; print(c)
del c[::2]; print(c)
del c[0]; print(c)
print(len(c), min(c, key=str), max([3, 1, 2]), sum([1, 2, 3], 10))
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
