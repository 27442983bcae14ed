# __set_name__ is called for every descriptor in the class body, in definition order.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, cls):
        return self if obj is None else obj.__dict__.get(self.name, "unset")

class Record:
    a = Field()
    b = Field()
    other = 5

r = Record()
r.__dict__["a"] = 10
print(r.a, r.b, Record.a.name, Record.b.name)
