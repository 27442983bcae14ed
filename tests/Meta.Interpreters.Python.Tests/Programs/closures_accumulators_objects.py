# Closures versus objects: the same accumulator written both ways behaves identically.
def make_avg():
    values = []
    def avg(v):
        values.append(v)
        return sum(values) / len(values)
    return avg
class Averager:
    def __init__(self):
        self.values = []
    def __call__(self, v):
        self.values.append(v)
        return sum(self.values) / len(self.values)
f, o = make_avg(), Averager()
for v in [10, 11, 12, 15]:
    print(f(v), o(v))
print(f.__code__.co_freevars, type(f.__closure__[0]).__name__, f.__closure__[0].cell_contents)
