# Subclassing list: extra methods, overridden append/__getitem__, attributes, isinstance.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, type(s).__name__, isinstance(s, list))
print(s + [9], type(s + [9]).__name__, s == [1, 2, 3], sorted(Stack([3, 1, 2])))

class LoggedList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []
    def append(self, x):
        self.log.append(("append", x))
        super().append(x)
    def __getitem__(self, i):
        value = super().__getitem__(i)
        return value * 10 if isinstance(i, int) else value

ll = LoggedList("ab")
ll.append("c")
print(ll, ll.log, ll[0], ll[1:], list(ll), len(ll), "c" in ll)
for x in ll:
    print(x, end=" ")
print()
print(repr(LoggedList()), bool(LoggedList()), ll.__class__.__name__, Stack.__mro__[1].__name__)
