# A metaclass that registers subclasses, validates attributes and adds a class-level method.
class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        if bases and "run" not in ns:
            raise TypeError(f"plugin {name} must define run()")
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls
    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance.created_by = "PluginMeta"
        return instance
    def names(cls):
        return sorted(type(cls).registry)
class Plugin(metaclass=PluginMeta):
    pass
class Upper(Plugin):
    def run(self, s):
        return s.upper()
class Reverse(Plugin):
    def run(self, s):
        return s[::-1]
print(Plugin.names(), type(Upper).__name__, isinstance(Upper, PluginMeta))
for name, cls in sorted(PluginMeta.registry.items()):
    p = cls()
    print(name, p.run("abc"), p.created_by)
try:
    class Broken(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
