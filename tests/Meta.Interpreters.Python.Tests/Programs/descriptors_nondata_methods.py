# Functions are non-data descriptors: binding, unbound access through the class, and instance shadowing.
class C:
    def method(self):
        return "method of " + type(self).__name__
    @staticmethod
    def static():
        return "static"
    @classmethod
    def klass(cls):
        return "class " + cls.__name__
c = C()
bound = c.method
print(bound(), C.method(c), bound.__self__ is c, bound.__func__ is C.method)
print(c.static(), C.static(), c.klass(), C.klass())
c.method = lambda: "instance attribute wins"
print(c.method(), C().method())
class D(C):
    pass
print(D.klass(), D().klass(), D.method(D()))
print(type(bound).__name__, type(C.method).__name__, type(C.static).__name__)
