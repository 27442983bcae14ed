# Numeric dunders including reflected and in-place forms, __neg__, __abs__, __bool__, __index__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, other):
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __bool__(self):
        return self.cents != 0
    def __index__(self):
        return self.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"

a = Money(250)
b = Money(75)
print(a + b, 5 + a, a * 3, 2 * b, a / 2, -a, abs(-a))
print(sum([a, b, Money(5)]), sorted([a, b, Money(1)]), max(a, b))
c = a
c += b
print(c is a, a, bool(Money(0)), [0, 1, 2, 3][Money(2)], hex(Money(255)))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
print(a == Money(325), a != b, a == 3)
