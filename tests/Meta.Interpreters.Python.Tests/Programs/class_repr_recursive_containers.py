# Recursive containers print with ellipses; objects inside containers use repr.
a = [1, 2]
a.append(a)
print(a, len(a))
d = {"self": None}
d["self"] = d
print(d)
class Named:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Named<{self.n}>"
    def __str__(self):
        return f"str-{self.n}"
items = [Named(1), (Named(2),), {"k": Named(3)}, {Named(4).n}]
print(items, str(items), f"{Named(5)}", "%s %r" % (Named(6), Named(7)))
