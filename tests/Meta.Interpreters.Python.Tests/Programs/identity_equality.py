a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, 1 == 1.0, "a" == "a")
x = 256
y = 256
print(x is y, x == y)
print([] is [], () == (), type(a) is list, type(None).__name__)
class Always:
    def __eq__(self, other):
        return True
print(Always() == 1, 1 == Always(), Always() != 2, [Always()] == [5], Always() in [1, 2])
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan])
