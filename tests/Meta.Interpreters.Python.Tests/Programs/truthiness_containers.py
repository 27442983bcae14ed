class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
for v in [0, 0.0, "", [], (), {}, set(), None, Empty(), Falsy(), 1, "a", [0], (None,), object()]:
    print(type(v).__name__, bool(v), "yes" if v else "no")
print(not [], not [1], [] == False, 0 == False, "" == False, None is None)
