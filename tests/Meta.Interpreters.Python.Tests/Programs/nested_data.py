graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(node, seen=None):
    seen = set() if seen is None else seen
    seen.add(node)
    out = [node]
    for nxt in graph[node]:
        if nxt not in seen:
            out += dfs(nxt, seen)
    return out
print(bfs("a"), dfs("a"))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [list(r) for r in zip(*matrix)], sum(sum(r) for r in matrix), [row[::-1] for row in matrix[::-1]])
records = [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]
print([r["name"] for r in records if r["tags"]], {r["name"]: len(r["tags"]) for r in records})
