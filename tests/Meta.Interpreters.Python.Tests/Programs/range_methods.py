# range objects: indexing, slicing, count/index, equality, containment.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1])
print(r.start, r.stop, r.step, r.count(5), r.index(11))
print(8 in r, 9 in r, range(0) == range(5, 5), range(0, 3) == range(3))
print(list(range(10, 0, -3)), list(range(-5)), len(range(0, 100, 7)))
print(sum(range(101)), max(range(5)), list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
