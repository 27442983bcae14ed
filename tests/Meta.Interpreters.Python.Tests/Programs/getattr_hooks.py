class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forward", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
class Rec:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
r = Rec()
r.x = 5
print(r.x)
class D(dict):
    pass
class Default:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
d = Default()
d["a"] += 5
d["b"] = 1
del d["b"]
print(d["a"], d["zz"], "a" in d, "b" in d)
