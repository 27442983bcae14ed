class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(-self.x, -self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): return iter((self.x, self.y))
    def __contains__(self, v): return v in (self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __call__(self, s): return s * self.x
    def __str__(self): return f"<{self.x},{self.y}>"
    def __repr__(self): return f"V({self.x}, {self.y})"
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, a == V(1, 2), a < b, sorted([b, a]), len(a), a[1], list(a), 2 in a, bool(V(0, 0)), a("ab"))
print(str(a), repr(a), [a], max(a, b), f"{a}")
x, y = b
print(x, y)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
acc = Acc(); acc += 1; acc += 2; print(acc.items)
