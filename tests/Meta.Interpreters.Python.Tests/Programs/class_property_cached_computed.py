# Computed properties with caching invalidated by setters.
class Rectangle:
    def __init__(self, w, h):
        self._w, self._h = w, h
        self._area = None
        self.computations = 0
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
        self._area = None
    @property
    def area(self):
        if self._area is None:
            self.computations += 1
            self._area = self._w * self._h
        return self._area
r = Rectangle(2, 3)
print(r.area, r.area, r.computations)
r.width = 10
print(r.area, r.area, r.computations)
try:
    r.width = 0
except ValueError as e:
    print("ValueError:", e)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)
