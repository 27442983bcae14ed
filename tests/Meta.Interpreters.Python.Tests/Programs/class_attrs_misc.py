class K:
    '''doc string'''
    a = 1
    def m(self): return self.a
k = K()
print(K.__doc__, K.a, k.a, k.m(), K.m(k))
k.a = 5
print(k.a, K.a, K().a)
K.a = 7
print(K().a, k.a)
K.new = lambda self: "added"
print(k.new())
print(type(K).__name__, type(k) is K, K.__qualname__, K.__module__, k.__class__.__name__)
class Slots:
    __slots__ = ("x",)
s = Slots(); s.x = 1; print(s.x)
def f(): pass
f.attr = 3
print(f.attr, f.__name__)
class E:
    pass
print(E() == E(), repr(E()).startswith("<__main__.E object at 0x"))
