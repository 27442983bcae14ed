# Breadth-first and depth-first search over an adjacency dict, shortest paths by BFS.
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"],
}
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
def shortest(start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = prev.get(node)
    return path[::-1] if path[-1] == start else None
print(bfs("a"), dfs("a"), shortest("a", "f"), shortest("g", "e"), shortest("b", "c"))
