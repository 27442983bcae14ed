pts = [(3, 'c'), (1, 'z'), (3, 'a'), (2, 'b')]
print(sorted(pts), max(pts), min(pts), sorted(pts, key=lambda p: p[1]))
print((1, 2) + (3,), (1,) * 3, tuple(sorted((3, 1, 2))), (1, (2, 3)) < (1, (2, 4)), () < (0,))
