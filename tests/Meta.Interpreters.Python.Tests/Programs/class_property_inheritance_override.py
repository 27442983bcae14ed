# Overriding properties in subclasses, extending a parent's property getter via super().
class Base:
    def __init__(self):
        self._v = 1
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        self._v = v
class Doubled(Base):
    @property
    def value(self):
        return super().value * 2
class Logged(Base):
    @Base.value.setter
    def value(self, v):
        print("setting", v)
        Base.value.fset(self, v)
d = Doubled()
print(d.value)
try:
    d.value = 5
except AttributeError as e:
    print("AttributeError:", e)
l = Logged()
l.value = 7
print(l.value, type(Logged.value).__name__, Logged.value.fget is Base.value.fget)
