# What types.py and abc.py need from the core: metaclasses (type.__new__ through super(), the most
# derived metaclass of the bases, __prepare__, a metaclass __call__), PEP 604 unions, traceback
# and frame objects, descriptors of the function type, SimpleNamespace.
class Meta(type):
    created = []
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        Meta.created.append((name, sorted(kwargs)))
        cls.tag = name.lower()
        return cls
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return {'prepared': True}
    def describe(cls):
        return 'class ' + cls.__name__

class Base(metaclass=Meta, flavour='x'):
    def hello(self):
        return 'hello from ' + type(self).__name__

class Derived(Base):
    def hello(self):
        return super().hello() + '!'

print(type(Base).__name__, type(Derived).__name__, Base.tag, Derived.tag, Base.prepared)
print(Meta.created, Derived.describe(), Derived().hello())
print(isinstance(Base, Meta), isinstance(Base, type))

class Counting(type):
    calls = 0
    def __call__(cls, *args):
        Counting.calls += 1
        return super().__call__(*args)

class Thing(metaclass=Counting):
    def __init__(self, v):
        self.v = v
t = Thing(5)
print(t.v, Counting.calls)
try:
    class Conflict(Base, Thing):
        pass
except TypeError as e:
    print('TypeError', e)

u = int | str
print(u, int | None, type(u).__name__, u == (str | int), (int | str | int) == u)
print(int | int, (int | str).__args__)

def get_tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__
tb = get_tb()
print(type(tb).__name__, tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__, tb.tb_frame.f_code.co_name)
print(tb.tb_frame.f_globals is globals())

def f():
    pass
print(type(type(f).__code__).__name__, type(type(f).__globals__).__name__)

import types
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns == types.SimpleNamespace(a=1, b='two', c=[3]), type(ns).__name__)
print(types.FunctionType is type(f), types.CoroutineType.__name__, types.UnionType is type(u))

class Named:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)
class Owner:
    first = Named()
    second = Named()
print(Owner.first.where, Owner.second.where)
