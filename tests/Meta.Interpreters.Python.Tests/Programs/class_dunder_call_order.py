# The order of __new__, __init__, __init_subclass__, __set_name__ and metaclass hooks.
log = []
class Field:
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")
class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(f"meta new {name}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        log.append(f"meta init {name}")
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls):
        log.append(f"init_subclass {cls.__name__}")
    def __new__(cls, *args):
        log.append(f"new {cls.__name__}{args}")
        return super().__new__(cls)
    def __init__(self, *args):
        log.append(f"init {args}")
class Child(Base):
    f = Field()
Child(1, 2)
print("\n".join(log))
