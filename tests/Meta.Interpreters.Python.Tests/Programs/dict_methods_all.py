# Every method of dict.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
d.update({"d": 4}, e=5); d.update([("f", 6)]); print(d)
print(d.pop("f"), d.pop("zz", "default"), d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy(); e["x"] = 0; print(len(d), len(e))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(d | {"z": 26}, {"a": 0} | d)
d |= {"q": 1}; print(d)
d.clear(); print(d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict(a=1, b=2), dict([(1, 2)]), dict({"k": "v"}, k2="v2"))
print(list(reversed({"x": 1, "y": 2})))
