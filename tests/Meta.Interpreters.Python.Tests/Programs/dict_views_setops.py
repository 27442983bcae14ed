# Dict views: live updates, set operations on keys/items, membership, len and reversed.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(keys), list(values), list(items), len(keys))
print(keys & {"a", "z"}, keys | {"z"} == {"a", "b", "c", "d", "z"}, sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}), sorted(["b"] | keys))
print(("a", 1) in items, ("a", 2) in items, 3 in values, "b" in keys)
print(items & {("b", 2), ("x", 0)}, d.keys() == {"a", "b", "c", "d"}, type(keys).__name__, type(items).__name__)
del d["a"]
print(list(keys), repr(d.values()))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
