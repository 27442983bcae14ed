# A context manager collecting nested section names with depth, used re-entrantly.
class Sections:
    def __init__(self):
        self.stack, self.report = [], []
    def __call__(self, name):
        self.pending = name
        return self
    def __enter__(self):
        self.stack.append(self.pending)
        self.report.append("  " * (len(self.stack) - 1) + "begin " + self.pending)
        return len(self.stack)
    def __exit__(self, *exc):
        name = self.stack.pop()
        self.report.append("  " * len(self.stack) + "end " + name + (" (error)" if exc[0] else ""))
s = Sections()
with s("load") as depth:
    with s("parse") as d2:
        pass
    try:
        with s("validate"):
            raise ValueError
    except ValueError:
        pass
print("\n".join(s.report))
print(depth, d2)
