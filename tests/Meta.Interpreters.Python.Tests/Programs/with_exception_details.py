# __exit__ receives the exception type, value and traceback; returning True swallows it.
class Recorder:
    def __init__(self):
        self.seen = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.seen.append((t.__name__ if t else None, str(v) if v else None, tb is not None))
        return t is KeyError
r = Recorder()
with r:
    pass
with r:
    raise KeyError("swallowed")
try:
    with r:
        raise ValueError("escapes")
except ValueError:
    pass
print(r.seen)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
