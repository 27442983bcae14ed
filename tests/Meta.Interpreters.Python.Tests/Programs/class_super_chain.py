# Cooperative super() through a diamond, with arguments and in classmethods.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
    def greet(self):
        return ["Base"]
    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"

class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left)
        super().__init__(**kw)
    def greet(self):
        return ["Left"] + super().greet()

class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right)
        super().__init__(**kw)
    def greet(self):
        return ["Right"] + super().greet()
    @classmethod
    def make(cls):
        return "Right>" + super().make()

class Child(Left, Right):
    def __init__(self):
        super().__init__(left=1, right=2, extra=3)
    def greet(self):
        return ["Child"] + super(Child, self).greet()

c = Child()
print(c.greet())
print(Child.make())
print(super(Left, c).greet())
