class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
s = {Key(1), Key(1), Key(2)}
d = {Key("a"): 1}
print(len(s), d[Key("a")], Key(3) in s, Key(2) in s)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0), hash("a") == hash("a"), {1, 1.0, True}, {0: "a", False: "b"})
fs = frozenset([1, 2])
print({fs: "ok"}[frozenset([2, 1])], len({(1, 2), (1, 2)}))
