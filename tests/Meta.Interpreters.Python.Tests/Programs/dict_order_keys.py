d = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    d[w] = d.get(w, 0) + 1
print(d)
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2, {(1, 2): "tuple"}[(1, 2)], {None: 0}[None])
del d["quick"]; d["quick"] = 9
print(list(d)[-1], {k: v for k, v in d.items() if v > 1})
try:
    {[1]: 2}
except TypeError as e:
    print(e)
