# range with negative steps, empty ranges, huge bounds, equality and hashing.
print(list(range(5, 0, -2)), list(range(0, -5, -1)), list(range(3, 3)), len(range(10, 0)))
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], big[10 ** 9], 10 ** 11 in big, (10 ** 11 + 1) in big)
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(2, 1), hash(range(3)) == hash(range(0, 3)))
print(range(10)[2:8:3], range(10)[::-1], list(range(10)[::-4]), range(1, 10, 2).index(7))
r = range(-3, 3)
print(list(map(abs, r)), sum(r), min(r), max(r), r.count(0), sorted(r, key=abs)[:3])
