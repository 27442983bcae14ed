d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), "a" in d, "z" in d, d.get("z"), d.get("z", 0), list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
print(d, d.pop("c"), d.pop("q", "dflt"), d.setdefault("n", []), d)
d.update({"x": 1}, y=2); d.update([("z", 3)])
print(d, sorted(d.items()), dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys("ab", 0), {**d, "w": 0})
print(d.popitem(), d, {1: "a"} == {1: "a"}, {1: 2} | {3: 4})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
