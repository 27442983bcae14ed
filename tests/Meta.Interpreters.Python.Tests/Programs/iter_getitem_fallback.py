# Old-style iteration through __getitem__ until IndexError, and `in` using it.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s, [x for x in s if x % 2], tuple(enumerate(s))[:2])
class Word:
    def __init__(self, w):
        self.w = w
    def __getitem__(self, i):
        return self.w[i]
print(list(Word("abc")), "".join(reversed(list(Word("xyz")))), sorted(Word("cab")))
