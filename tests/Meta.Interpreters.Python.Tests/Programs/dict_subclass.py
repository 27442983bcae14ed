# Subclasses of dict: overridden __setitem__ reached through super(), __missing__, instance
# attributes, dict.__init__ arguments, class bodies run in a __prepare__ dict subclass;
# collections.OrderedDict and Counter on top; object.__reduce_ex__.
from collections import OrderedDict, Counter

class Doubling(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = 'doubling'
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
    def __missing__(self, key):
        return 'missing ' + key

d = Doubling({'a': 1}, b=2)
d['c'] = 3
print(d, d.tag, d['zz'], type(d).__name__, isinstance(d, dict), len(d), list(d), d.get('c'), 'c' in d)
del d['a']
print(d, d.__dict__, sorted(d.items()))

class Plain(dict):
    pass
p = Plain(x=1)
p.attr = 5
print(p, p.attr, type(p) is Plain, p == {'x': 1}, Plain([('k', 'v')]))
try:
    p.nothing
except AttributeError as e:
    print('AttributeError', e)

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.recorded = ns.order
        return cls

class Body(metaclass=Meta):
    zeta = 1
    alpha = 2
    def method(self):
        return 'm'
print(Body.recorded, Body().method())

od = OrderedDict()
od['x'] = 1
od['y'] = 2
od.move_to_end('x')
print(list(od), od.popitem(), od)
print(Counter('abracadabra').most_common(3), Counter([1, 1, 2])[1])

class Pt:
    def __init__(self):
        self.x = 1
r = Pt().__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2])
