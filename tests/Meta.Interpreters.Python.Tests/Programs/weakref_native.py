# _weakref natively: ref, callbacks argument, hashing and equality through the referent, proxies,
# getweakrefcount/getweakrefs, and the objects that cannot be weakly referenced.
import _weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Node(%s)' % self.name
    def hello(self):
        return 'hello ' + self.name

a = Node('a')
r = _weakref.ref(a)
print(r() is a, r() is _weakref.ref(a)(), _weakref.ref(a) is r)
print(type(r).__name__, type(r) is _weakref.ReferenceType)
r2 = _weakref.ref(a, lambda ref: None)
print(r2 is r, r2 == r, hash(r) == hash(a), r2.__callback__ is not None, r.__callback__)
b = Node('b')
print(_weakref.ref(b) == r, _weakref.ref(b) != r)
print(_weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)))
p = _weakref.proxy(a)
print(p.name, p.hello(), str(p), type(p).__name__)
p.name = 'renamed'
print(a.name)
def f():
    return 42
cp = _weakref.proxy(f)
print(cp(), type(cp).__name__)

class KeyedRef(_weakref.ref):
    __slots__ = ('key',)
    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
kr = KeyedRef(a, None, 'the key')
print(kr.key, kr() is a, isinstance(kr, _weakref.ref))

for obj in (1, 'text', (1, 2), [1], {}, None):
    try:
        _weakref.ref(obj)
    except TypeError as e:
        print(e)
d = {'k': r}
_weakref._remove_dead_weakref(d, 'k')
print(list(d))
