# Context managers: __enter__ value, __exit__ arguments, suppression, nesting order.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Tracker("a") as a, Tracker("b") as b:
    print("body", a, b)

with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise KeyError("boom")
    print("not reached")
print("after suppression")

try:
    with Tracker("plain"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
