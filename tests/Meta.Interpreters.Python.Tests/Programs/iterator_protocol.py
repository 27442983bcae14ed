class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), [x for x in Countdown(3)])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        yield from self.items
    def __len__(self):
        return len(self.items)
b = Box([3, 1, 2])
print(sorted(b), len(b), list(enumerate(b)), max(b), tuple(b))
it = iter(Countdown(2))
print(next(it), next(it), next(it, None))
