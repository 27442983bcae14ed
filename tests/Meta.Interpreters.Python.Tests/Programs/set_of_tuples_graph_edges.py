# Sets of tuples as graph edge sets: symmetric closure, degree counts and triangle detection.
edges = {(1, 2), (2, 3), (3, 1), (3, 4), (4, 5)}
sym = edges | {(b, a) for a, b in edges}
nodes = sorted({n for e in edges for n in e})
degree = {n: sum(1 for a, b in sym if a == n) for n in nodes}
print(nodes, degree)
triangles = sorted({tuple(sorted((a, b, c))) for a, b in sym for c in nodes if (b, c) in sym and (c, a) in sym})
print(triangles)
print(sorted(sym - edges)[:3], (2, 1) in sym, len(sym))
