# The iterator protocol: separate iterable and iterator classes, StopIteration, re-iteration.
class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        return Range2Iter(self.start, self.stop)
class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
r = Range2(2, 5)
print(list(r), list(r), sum(r), [x * y for x in r for y in r][:4], 3 in r, 9 in r)
it = iter(r)
print(next(it), list(it), next(it, "end"))
a, b, c = Range2(7, 10)
print(a, b, c, dict(zip(Range2(0, 3), "abc")), max(Range2(0, 4)), sorted(Range2(0, 3), reverse=True))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
