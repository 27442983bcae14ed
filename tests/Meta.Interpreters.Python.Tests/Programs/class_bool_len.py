# Truth value: __bool__ first, then __len__, else true; errors from bad __bool__.
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __bool__(self):
        return False
class Plain:
    pass
class BadBool:
    def __bool__(self):
        return 1
print(bool(WithLen(0)), bool(WithLen(3)), bool(WithBool()), bool(Plain()))
print("yes" if WithLen(2) else "no", not WithBool(), WithLen(0) or "fallback")
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
