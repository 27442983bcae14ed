# Tuples as records: sorting, grouping, unpacking in loops, comparison chains.
points = [(3, 4), (1, 1), (0, 5), (3, -4), (-2, 0)]
by_distance = sorted(points, key=lambda p: (p[0] ** 2 + p[1] ** 2, p))
print(by_distance)
quadrants = {}
for x, y in points:
    q = (x >= 0, y >= 0)
    quadrants[q] = quadrants.get(q, ()) + ((x, y),)
print(quadrants)
print(max(points), min(points, key=lambda p: p[1]), (1, 2, 3) < (1, 2, 4) < (1, 3), (2,) > (1, 99))
print(tuple(sorted({(1, "b"), (1, "a"), (0, "z")})), (1, [2]) == (1, [2]), ((1, 2),) * 2)
