# Subclassing tuple and set: a record with named accessors, a set with a custom repr.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    @property
    def second(self):
        return self[1]
    def swap(self):
        return Pair(self[1], self[0])

p = Pair(1, "x")
print(p, p.first, p.second, p.swap(), len(p), p == (1, "x"), hash(p) == hash((1, "x")), isinstance(p, tuple))
a, b = p
print(a, b, p + (3,), type(p + (3,)).__name__, p[::-1])

class TagSet(set):
    def __repr__(self):
        return "TagSet(" + ", ".join(sorted(self)) + ")"
ts = TagSet(["b", "a"])
ts.add("c")
print(ts, len(ts), "a" in ts, sorted(ts | {"z"}), isinstance(ts, set))

class Frozen(frozenset):
    def describe(self):
        return f"{len(self)} items"
fz = Frozen([1, 2, 2])
print(fz.describe(), sorted(fz), {fz: "ok"}[frozenset([1, 2])])
