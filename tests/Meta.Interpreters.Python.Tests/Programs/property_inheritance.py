class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class Child(Base):
    @property
    def v(self):
        return super().v * 10
print(Base().v, Child().v)
class RO:
    @property
    def x(self):
        return 5
try:
    RO().x = 1
except AttributeError as e:
    print('AttributeError')
