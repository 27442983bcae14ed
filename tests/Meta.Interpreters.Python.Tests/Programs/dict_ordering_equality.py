# Dicts keep insertion order; equality ignores order; re-inserting after delete moves to the end.
d = {}
for k in ["x", "a", "m"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 99
print(d)
del d["x"]
d["x"] = 0
print(d, d == {"m": 2, "a": 99, "x": 0}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
print({True: "bool", 1: "int", 1.0: "float"}, {(1, 2): "t"}[(1, 2)], {None: 0}[None])
merged = {**d, "m": -1}
print(merged, list(merged.keys()))
print(dict.fromkeys(["b", "a", "b"], []), len({i % 3: i for i in range(10)}))
