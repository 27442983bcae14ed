# A user container with __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self.items[i])
        return self.items[i % len(self.items)]
    def __setitem__(self, i, v):
        self.items[i % len(self.items)] = v
    def __delitem__(self, i):
        del self.items[i % len(self.items)]
    def __contains__(self, v):
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
    def __repr__(self):
        return f"Ring({self.items})"

r = Ring("abcde")
print(len(r), r[7], r[-1], r[1:3], "c" in r, "z" in r)
r[6] = "B"
del r[10]
print(r, list(reversed(r)), sorted(r), bool(Ring([])))
print([x for x in r], "".join(r))
