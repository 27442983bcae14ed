def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
print(mpow([[1, 1], [1, 0]], 90)[0][1])
m = [[2.0, 1.0], [1.0, 3.0]]
det = m[0][0] * m[1][1] - m[0][1] * m[1][0]
inv = [[m[1][1] / det, -m[0][1] / det], [-m[1][0] / det, m[0][0] / det]]
print(det, inv, matmul(m, inv))
