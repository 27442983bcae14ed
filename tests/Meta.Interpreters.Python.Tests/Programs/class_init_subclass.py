# __init_subclass__ with keyword arguments builds a registry of plugins.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Csv(Plugin, name="csv"):
    pass

class Json(Plugin):
    pass

class PrettyJson(Json, name="pretty"):
    pass

print(sorted(Plugin.registry), PrettyJson.plugin_name, Json.plugin_name)
print(Plugin.registry["csv"] is Csv)
try:
    class Broken(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
