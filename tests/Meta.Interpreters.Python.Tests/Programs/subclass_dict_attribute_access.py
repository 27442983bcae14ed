# A dict whose keys are also attributes, via __getattr__/__setattr__ on a dict subclass.
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
    def __delattr__(self, name):
        del self[name]
cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg["debug"], sorted(cfg.items()), len(cfg))
del cfg.port
print(cfg, "port" in cfg, isinstance(cfg, dict))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
