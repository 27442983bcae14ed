# type() with three arguments, __name__, __qualname__, __module__ and attributes of classes.
def method(self):
    return self.value * 2
Dyn = type("Dyn", (object,), {"value": 21, "double": method})
d = Dyn()
print(Dyn.__name__, d.double(), type(d) is Dyn, isinstance(d, Dyn))
class Outer:
    class Inner:
        def f(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer.__module__)
print(type(Dyn).__name__, type(type).__name__, type(None).__name__, type(len).__name__)
print(issubclass(Dyn, object), issubclass(bool, int), issubclass(int, (str, int)))
Sub = type("Sub", (Dyn,), {})
print(Sub().double(), Sub.__mro__[1].__name__, Sub.__bases__[0] is Dyn)
