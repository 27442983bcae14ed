# Rotating and traversing matrices built with comprehensions.
m = [[r * 4 + c for c in range(4)] for r in range(4)]
rot = [list(row) for row in zip(*m[::-1])]
print(rot)
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([row[:] for row in m]))
diag = [m[i][i] for i in range(4)]
anti = [m[i][3 - i] for i in range(4)]
print(diag, anti, sum(map(sum, m)), [max(col) for col in zip(*m)])
