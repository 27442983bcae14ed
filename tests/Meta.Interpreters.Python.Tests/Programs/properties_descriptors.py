class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls, v):
        t = cls()
        t.c = v
        return t
t = Temp.make(100)
print(t.c, t.f, Temp.unit(), t.unit(), type(t).__name__)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError")
class Sub(Temp):
    pass
print(type(Sub.make(5)).__name__)
