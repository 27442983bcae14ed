class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
class A(Plugin):
    pass
class B(Plugin):
    pass
print(Plugin.registry)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
Counter(); Counter()
print(Counter.instances)
