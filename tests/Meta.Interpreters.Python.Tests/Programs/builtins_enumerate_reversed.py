# enumerate with start, reversed over sequences and objects with __reversed__/__len__+__getitem__.
for i, c in enumerate("abc", start=10):
    print(i, c, end="; ")
print()
print(list(reversed([1, 2, 3])), list(reversed("xyz")), list(reversed(range(0, 10, 3))), list(reversed((1,))))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(reversed(Countdown(4))), list(Countdown(3)), list(enumerate(Countdown(2))))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
print(list(reversed(d)), list(reversed(d.items())), list(enumerate(d.values(), 1)))
