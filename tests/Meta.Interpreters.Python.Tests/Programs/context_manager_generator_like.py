class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append('start')
        return self
    def __exit__(self, *exc):
        self.log.append('stop')
        return False
with Timer() as t:
    t.log.append('work')
print(t.log)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
