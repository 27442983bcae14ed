# Class decorators that add methods, register classes and wrap __init__.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        return f"<{cls.__name__} {vars(self)}>"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    original = cls.__init__
    def __init__(self, *a, **k):
        cls.instances = getattr(cls, "instances", 0) + 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
@register
@add_repr
@count_instances
class Item:
    def __init__(self, name):
        self.name = name
i1, i2 = Item("a"), Item("b")
print(registry, i1, i2, Item.instances)
