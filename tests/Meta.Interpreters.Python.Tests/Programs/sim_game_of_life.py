# Conway's Game of Life on a small torus, printing generations.
grid = ["......", "..#...", "...#..", ".###..", "......", "......"]
cells = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"}
H, W = len(grid), len(grid[0])
def step(cells):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % H, (c + dc) % W)
                    counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells")
    for r in range(H):
        print("".join("#" if (r, c) in cells else "." for c in range(W)))
    cells = step(cells)
