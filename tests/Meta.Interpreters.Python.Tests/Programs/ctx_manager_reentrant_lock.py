# A reentrant "lock" context manager counting depth, with exceptions at different depths.
class RLock:
    def __init__(self):
        self.depth = 0
        self.events = []
    def __enter__(self):
        self.depth += 1
        self.events.append(f"acquire {self.depth}")
        return self
    def __exit__(self, et, ev, tb):
        self.events.append(f"release {self.depth}" + (f" after {et.__name__}" if et else ""))
        self.depth -= 1
        return False
lock = RLock()
def work(n):
    with lock:
        if n == 0:
            raise LookupError("bottom")
        work(n - 1)
try:
    work(2)
except LookupError as e:
    print("caught", e)
print(lock.events, lock.depth)
