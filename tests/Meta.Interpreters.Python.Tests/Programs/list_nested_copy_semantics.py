# Shallow copies of nested lists: slicing, list(), copy(), and the aliasing of [[]] * n.
grid_bad = [[0] * 3] * 2
grid_good = [[0] * 3 for _ in range(2)]
grid_bad[0][0] = 1
grid_good[0][0] = 1
print(grid_bad, grid_good)
orig = [[1, 2], [3]]
copies = [orig[:], list(orig), orig.copy(), [row[:] for row in orig]]
orig[0].append(99)
orig.append([4])
print(copies)
print([c is orig for c in copies], [c[0] is orig[0] for c in copies])
