# Dict keys use __hash__ then __eq__: equal numbers share a key, custom keys work by value.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __repr__(self):
        return f"Key({self.k!r})"
m = {Key("Apple"): 1}
m[Key("APPLE")] += 1
m[Key("pear")] = 5
print(m, Key("apple") in m, m.get(Key("PEAR")))
print({(1, 2): "a", (1.0, 2.0): "b"}, {frozenset({1}): 1, frozenset({1.0}): 2})
