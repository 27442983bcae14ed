print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), len(range(0, 100, 7)), range(5)[2], range(10)[::2])
print(5 in range(10), 10 in range(10), list(reversed(range(4))), sum(range(101)), range(1, 5) == range(1, 5), list(range(0)))
r = range(3, 20, 4)
print(r, r.start, r.stop, r.step, list(r[1:3]))
