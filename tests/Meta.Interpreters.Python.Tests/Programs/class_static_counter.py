class Registry:
    _items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._items[name] = fn
            return fn
        return deco
    @classmethod
    def run(cls, name, *args):
        return cls._items[name](*args)
@Registry.register("double")
def double(x):
    return 2 * x
@Registry.register("neg")
def neg(x):
    return -x
print(Registry.run("double", 21), Registry.run("neg", 5), sorted(Registry._items))
class Temperature:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c > -273.15
print(Temperature.from_f(212).c, Temperature.valid(-300), Temperature(5).valid(5))
