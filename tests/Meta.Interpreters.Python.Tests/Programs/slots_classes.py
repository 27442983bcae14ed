class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def total(self):
        return self.x + self.y
ps = [P(i, i * 2) for i in range(5)]
for p in ps:
    p.x += 1
print([p.total() for p in ps], P.__slots__)
try:
    ps[0].z = 1
except AttributeError as e:
    print("AttributeError", e)
