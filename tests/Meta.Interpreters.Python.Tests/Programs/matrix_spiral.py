def spiral(n):
    m = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        if not (0 <= r + dr < n and 0 <= c + dc < n and m[r + dr][c + dc] == 0):
            dr, dc = dc, -dr
        r, c = r + dr, c + dc
    return m
for row in spiral(5):
    print(' '.join(f'{v:2d}' for v in row))
