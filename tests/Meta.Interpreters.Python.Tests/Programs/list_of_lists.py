grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * c
print(grid)
print([sum(row) for row in grid], [max(col) for col in zip(*grid)], grid[2][-1], len(grid[0]))
flat = [x for row in grid for x in row]
print(flat, flat.count(0), sorted(set(flat)))
