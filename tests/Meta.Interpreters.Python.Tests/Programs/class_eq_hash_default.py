class P:
    def __init__(self, x):
        self.x = x
a, b = P(1), P(1)
print(a == b, a == a, a != b, len({a, b, a}))
class Q(P):
    def __eq__(self, other):
        return self.x == other.x
print(Q(1) == Q(1), Q(1) != Q(2))
try:
    {Q(1)}
except TypeError as e:
    print(e)
