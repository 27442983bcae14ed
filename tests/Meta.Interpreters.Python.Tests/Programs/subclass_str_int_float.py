# Subclassing immutable builtins: str, int, float with __new__, extra methods and operators.
class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())
    def html(self):
        return f"<{self}>"

t = Tag("  DIV ")
print(t, repr(t), t.html(), len(t), t.upper(), type(t.upper()).__name__, t == "div", isinstance(t, str))
print({t: 1}["div"], t + "!", "x" + t, sorted([Tag("B"), Tag("a")]))

class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def __add__(self, other):
        return Meters(float(self) + float(other))

m = Meters(1.5) + Meters(2)
print(m, m * 2, type(m * 2).__name__, round(Meters(2.25), 1), Meters("3.5"))

class Flags(int):
    def __new__(cls, value, name="flags"):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
    def has(self, bit):
        return bool(self & bit)
    def __or__(self, other):
        return Flags(int(self) | int(other), self.name)

f = Flags(5, "perm")
g = f | 2
print(f, g, g.name, g.has(2), f.has(2), f + 1, type(f + 1).__name__, type(g).__name__, f == 5, hex(g))

class Even(int):
    def __eq__(self, other):
        return int(self) % 2 == int(other) % 2
    __hash__ = int.__hash__
print(Even(2) == 4, Even(2) == 3, 4 == Even(6))
