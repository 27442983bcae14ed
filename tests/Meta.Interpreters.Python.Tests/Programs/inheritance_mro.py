class A:
    def who(self): return "A"
    def hello(self): return "hello from " + self.who()
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
print(D().hello(), [k.__name__ for k in D.__mro__], issubclass(D, A), issubclass(A, D), isinstance(D(), C))
class Base:
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"Base({self.v})"
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self):
        return "Child:" + super().describe() + f"+{self.w}"
print(Child(1, 2).describe())
class X(B, C):
    def who(self):
        return "X>" + super().who()
print(X().who(), X.mro()[1].__name__)
