# Matrices as lists of lists: transpose, multiply, determinant and identity checks.
def transpose(m):
    return [list(row) for row in zip(*m)]
def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(transpose(a), matmul(a, b), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
m = [[2, 1, 0], [0, 1, 4], [5, 0, 1]]
print(matmul(m, ident) == m, matmul(ident, m) == m)
for row in matmul(m, m):
    print(" ".join(f"{v:4d}" for v in row))
