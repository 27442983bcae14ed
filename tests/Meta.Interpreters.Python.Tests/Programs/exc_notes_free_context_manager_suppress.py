# A suppress() context manager written by hand, suppressing only listed exception types.
class suppress:
    def __init__(self, *types):
        self.types = types
        self.suppressed = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.suppressed = ev
            return True
        return False
with suppress(KeyError, IndexError) as s:
    [][1]
print("suppressed", repr(s.suppressed))
with suppress(KeyError) as s:
    pass
print("nothing", s.suppressed)
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
