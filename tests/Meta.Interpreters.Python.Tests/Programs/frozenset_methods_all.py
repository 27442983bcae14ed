# Every method of frozenset; results keep the frozenset type, mixing with set on either side.
f = frozenset("abcd")
g = frozenset("cdef")
print(sorted(f.union(g)), sorted(f.intersection(g, "cz")), sorted(f.difference(g)), sorted(f.symmetric_difference(g)))
print(type(f.union(g)).__name__, type(f.copy()).__name__, f.copy() == f, type(set("x") | f).__name__, type(f | set("x")).__name__)
print(f.issubset("abcdef"), f.issuperset("ab"), f.isdisjoint("xyz"), f.isdisjoint("ax"), len(f), "a" in f)
print(frozenset([1, 2]) == {1, 2}, hash(frozenset()) == hash(frozenset([])), sorted(frozenset(range(3)) - {0}))
