# __slots__: no __dict__, inheritance of slots, AttributeError messages.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Q(P):
    __slots__ = ("z",)

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = Q(1, 2)
q.z = 9
print(q.x, q.z)
try:
    print(P(1, 2).__class__.__slots__)
    del p.x
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
