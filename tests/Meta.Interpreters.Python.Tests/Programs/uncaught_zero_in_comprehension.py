# ZeroDivisionError inside a nested comprehension.
rows = [[1, 2], [3, 0]]
print([[10 / v for v in row] for row in rows[:1]])
print([[10 / v for v in row] for row in rows])
