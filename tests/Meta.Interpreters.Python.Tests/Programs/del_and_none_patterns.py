# del on names, items, slices and attributes; identity checks with None and sentinels.
a = [0, 1, 2, 3, 4, 5]
del a[1], a[-1]
print(a)
del a[::2]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, "attr"))
name = 5
del name
try:
    print(name)
except NameError as e:
    print("NameError:", e)
_missing = object()
def get(mapping, key, default=_missing):
    if key in mapping:
        return mapping[key]
    if default is _missing:
        raise KeyError(key)
    return default
print(get(d, "j"), get(d, "q", None), get(d, "q", 0))
try:
    get(d, "q")
except KeyError as e:
    print("KeyError:", e)
