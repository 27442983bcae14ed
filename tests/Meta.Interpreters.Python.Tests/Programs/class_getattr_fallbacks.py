# __getattr__ only for missing attributes; __getattribute__ for all; __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)

class Thing:
    pass

t = Thing()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.a
print(hasattr(t, "a"), p.log)

class Shouty:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return name.upper()
        return object.__getattribute__(self, name)
    def real(self):
        return "real"
s = Shouty()
print(s.xyz, s.real())
