# bisect and heapq over the native _bisect and _heapq.
import bisect
import heapq
import _bisect, _heapq

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2), bisect.bisect_left(a, x, 1, 4),
          bisect.bisect_right(a, x, hi=-1), bisect.bisect_left(a, x, 0, None))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
    bisect.insort_left(b, x * 10)
print(b)
c = []
bisect.insort(c, ('x', 4), key=lambda r: r[1]); bisect.insort_right(c, ('y', 2), key=lambda r: r[1]); bisect.insort_left(c, ('z', 4), key=lambda r: r[1])
print(c, bisect.bisect('abcdef', 'c'), bisect.bisect_left(range(100), 37))
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.insort(a), lambda: bisect.bisect([1, 'a'], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(4)], h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), heapq.heapreplace(h, 4), h)
d = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(d); print(d)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, 'hello', key=ord))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
m = [1, 5, 3, 9]; _heapq._heapify_max(m); print(m, _heapq._heappop_max(m), _heapq._heapreplace_max(m, 0), m)
pq = []
for prio, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    heapq.heappush(pq, (prio, name))
print([heapq.heappop(pq) for _ in range(len(pq))])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(5),
            lambda: heapq.heappush([1, 'a'], 2), lambda: heapq.heappush([], 1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
