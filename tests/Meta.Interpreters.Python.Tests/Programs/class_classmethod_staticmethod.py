# classmethod and staticmethod through instances, classes and subclasses.
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @classmethod
    def kind(cls):
        return cls.__name__.lower()
    @staticmethod
    def area_of_square(side):
        return side * side

class Circle(Shape):
    pass

a = Shape.create()
b = Circle.create()
c = Circle()
print(type(a).__name__, type(b).__name__, Shape.count, Circle.count)
print(Shape.kind(), Circle.kind(), c.kind(), Shape.area_of_square(4), c.area_of_square(3))
print(type(Shape.__dict__["kind"]).__name__, type(Shape.__dict__["area_of_square"]).__name__)
f = Shape.__dict__["area_of_square"].__func__
print(f(5))
