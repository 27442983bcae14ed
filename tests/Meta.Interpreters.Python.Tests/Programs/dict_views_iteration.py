d = {"x": 1, "y": 2, "z": 3}
ks = d.keys()
vs = d.values()
d["w"] = 4
print(list(ks), list(vs), len(ks), "x" in ks, 2 in vs, ("y", 2) in d.items())
print(sorted(d.items(), key=lambda kv: -kv[1]), [k for k in d], list(reversed(list(d))))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
total = 0
for k, v in sorted(d.items()):
    total += v
print(total, dict(sorted(d.items())), list(zip(d.keys(), d.values()))[:2])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda c: (-counts[c], c)))
