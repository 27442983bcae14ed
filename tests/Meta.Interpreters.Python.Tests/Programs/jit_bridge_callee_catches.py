# A loop whose bridge calls a function that catches its own IndexError: with the JIT (before the
# frames became object arrays) the exception escaped the callee once the bridge was compiled.
class P:
    def __init__(self, s):
        self.s = s
        self.index = 0
        self.next = None
        self.step()
    def step(self):
        index = self.index
        try:
            char = self.s[index]
        except IndexError:
            self.next = None
            return
        self.index = index + 1
        self.next = char
n = 0
for k in range(200):
    p = P("abc" * (k % 5))
    while p.next is not None:
        n += 1
        p.step()
print(n)
