# Metaclass __prepare__, __init__ and keyword arguments flowing to __init_subclass__.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        ns = {"_prepared_for": name}
        return ns
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.field_order = [k for k in ns if not k.startswith("_")]
class Model(metaclass=OrderedMeta):
    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + "s"
class Person(Model, table="people"):
    name = "?"
    age = 0
    def greet(self):
        return "hi"
class Pet(Model):
    species = "cat"
print(Person._prepared_for, Person.field_order, Person.table)
print(Pet.field_order, Pet.table, type(Pet).__name__)
