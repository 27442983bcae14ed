# Subclassing dict: __missing__, overridden __setitem__, keyword init and attributes.
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] += 1

c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(sorted(c.items()), c["zebra"], "zebra" in c, len(c), isinstance(c, dict))

class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

d = LowerDict()
d["Hello"] = 1
d["WORLD"] = 2
print(d, d["hello"], d["HELLO"], list(d), d.get("world"))

class Config(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.frozen = False
cfg = Config(a=1, b=2)
print(cfg, cfg.frozen, type(cfg).__name__, cfg == {"a": 1, "b": 2}, dict(cfg))
