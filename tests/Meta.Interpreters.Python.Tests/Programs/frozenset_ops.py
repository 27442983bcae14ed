# frozenset: immutable, hashable, mixes with set.
f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(sorted(f | g), sorted(f & g), type(f | g).__name__, type({1} | f).__name__)
print(f.issubset({1, 2, 3, 4}), f.copy() is f or f.copy() == f, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: "first", g: "second"}
print(d[frozenset({1, 2, 3})])
print(frozenset(), frozenset("aa"), len(frozenset(range(5))))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print({frozenset([1]), frozenset([1])} == {frozenset([1])})
