# Lists as stacks and queues; a two-stack queue and a ring buffer class.
stack = []
for i in range(4):
    stack.append(i)
print([stack.pop() for _ in range(len(stack))])
class TwoStackQueue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def put(self, x):
        self.inbox.append(x)
    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
q = TwoStackQueue()
for c in "abc":
    q.put(c)
print(q.get(), q.get())
q.put("d")
print(q.get(), q.get())
class Ring:
    def __init__(self, n):
        self.buf, self.start, self.size = [None] * n, 0, 0
    def push(self, x):
        end = (self.start + self.size) % len(self.buf)
        self.buf[end] = x
        if self.size == len(self.buf):
            self.start = (self.start + 1) % len(self.buf)
        else:
            self.size += 1
    def items(self):
        return [self.buf[(self.start + i) % len(self.buf)] for i in range(self.size)]
r = Ring(3)
for i in range(5):
    r.push(i)
    print(r.items())
