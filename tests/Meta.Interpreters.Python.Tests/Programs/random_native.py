# random over the native _random: seeds of every kind, the distributions random.py builds on
# random() and getrandbits(), state round trips.
import random

random.seed(42)
print(random.random(), random.random(), random.getrandbits(100))
for seed in [0, 1, -1, 2**32, 2**64 + 1, 12345678901234567890, 3.14, 'hello', b'bytes', bytearray(b'ba'), None]:
    r = random.Random(seed)
    if seed is None:
        print('None seeded', 0 <= r.random() < 1)
        continue
    print(repr(seed), r.random(), r.randint(1, 100), r.randrange(0, 1000, 7), r.getrandbits(33))
r = random.Random(7)
print([r.choice('abcdefg') for _ in range(10)], r.uniform(3, 4), r.uniform(1, 2))
lst = list(range(20))
r.shuffle(lst)
print(lst, r.choices('abc', weights=[1, 2, 3], k=8))
print(r.gauss(0, 1), r.normalvariate(5, 2), r.expovariate(1.5), r.triangular(0, 10, 3), r.betavariate(2, 3))
print(r.gammavariate(2.5, 1), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.randbytes(10), r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(31))
state = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(state)
print(a == [r.random() for _ in range(5)], state[0], len(state[1]), state[2])
r2 = random.Random()
r2.setstate(state)
print(r2.random() == random.Random(7).random() or True)
for bad in [lambda: r.getrandbits(-1), lambda: r.setstate((3, (1, 2), None)), lambda: random.Random([1, 2]),
            lambda: r.randrange(10, 1), lambda: r.choice([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class MyRandom(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.extra = 'kept'
m = MyRandom(99)
print(m.random(), m.extra, isinstance(m, random.Random))
random.seed('same')
x = random.random()
random.seed('same')
print(x == random.random(), x)
