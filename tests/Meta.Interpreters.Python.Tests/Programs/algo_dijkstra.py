# Dijkstra's shortest paths with a hand-written binary heap.
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0 and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top
edges = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
dist = {"A": 0}
heap = [(0, "A")]
while heap:
    d, node = heap_pop(heap)
    if d > dist.get(node, float("inf")):
        continue
    for nxt, w in edges[node].items():
        if d + w < dist.get(nxt, float("inf")):
            dist[nxt] = d + w
            heap_push(heap, (d + w, nxt))
print(sorted(dist.items()))
