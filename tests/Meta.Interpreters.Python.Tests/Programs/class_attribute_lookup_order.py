# Instance dict versus class attributes versus inherited ones, and shadowing methods.
class Base:
    color = "red"
    def describe(self):
        return "base " + self.color
class Derived(Base):
    size = 3
d = Derived()
print(d.color, d.size, d.describe())
d.color = "blue"
print(d.color, Derived.color, Base.color, d.describe())
Derived.color = "green"
print(Derived().color, Base().color)
del d.color
print(d.color)
d.describe = lambda: "instance function"
print(d.describe(), Derived().describe())
print(sorted(vars(d)), "color" in Derived.__dict__, "size" in Base.__dict__)
