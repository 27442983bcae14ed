# _collections.deque natively: both ends, maxlen, rotate, indexing, mutation during iteration,
# repr/eq, subclassing; Counter through _count_elements; collections imports on top of it.
from collections import deque, namedtuple
import collections

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([7, 8])
print(d, list(reversed(d)), 'a' in d, 9 in d, d.count(1), d.index('a'))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = 'x'
del d[0]
d.insert(1, 'ins')
d.remove('a')
print(d, bool(d), bool(deque()))
d.reverse()
print(d, d.copy() == d, d == deque(), d != deque([1]))
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
m.appendleft(-1)
print(m)
for op in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2)):
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
it = iter(d)
next(it)
d.append('late')
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
class Sub(deque):
    def first(self):
        return self[0]
s = Sub('xyz', 2)
print(s.first(), len(s), type(s).__name__, isinstance(s, deque))
e = deque([1])
e += [2, 3]
print(e, e + deque([4]), deque[int])
import _collections
counts = {}
_collections._count_elements(counts, 'abracadabra')
print(sorted(counts.items()))
Point = namedtuple('Point', 'x y')
print(Point.__name__, Point._fields)

from collections import defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, dd['a'], len(dd), dd.default_factory is list, isinstance(dd, dict), type(dd).__name__)
counts = defaultdict(int, {'x': 5})
for ch in 'xyzzy':
    counts[ch] += 1
print(sorted(counts.items()), counts.copy(), defaultdict())
none = defaultdict()
try:
    none['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print(e)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t['a']['b']['c'] = 1
print(type(t['a']).__name__, t['a']['b']['c'])
