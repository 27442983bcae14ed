# A sorted list built on list: insertion keeps order, extend and += re-sort, slicing returns lists.
class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)
    def extend(self, items):
        for x in items:
            self.add(x)
    def __iadd__(self, items):
        self.extend(items)
        return self
s = SortedList([5, 1, 4])
s.add(3)
s.extend([0, 9])
s += [2]
print(s, type(s).__name__, s[1:3], type(s[1:3]).__name__, len(s), s.index(4), 9 in s)
print(s == [0, 1, 2, 3, 4, 5, 9], list(reversed(s))[:2], max(s), sum(s))
