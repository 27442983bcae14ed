# Three ways to make an id generator: closure, generator and class, used interchangeably.
def closure_ids(prefix):
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return f"{prefix}{n}"
    return nxt
def generator_ids(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}{n}"
class ClassIds:
    def __init__(self, prefix):
        self.prefix, self.n = prefix, 0
    def __call__(self):
        self.n += 1
        return f"{self.prefix}{self.n}"
a = closure_ids("a")
g = generator_ids("g")
c = ClassIds("c")
print([a() for _ in range(3)], [next(g) for _ in range(3)], [c() for _ in range(3)])
