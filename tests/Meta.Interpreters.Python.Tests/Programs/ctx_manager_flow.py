# with-blocks and control flow: return, break and continue run __exit__ exactly once.
class Res:
    opened = 0
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        Res.opened += 1
        return self
    def __exit__(self, *exc):
        Res.opened -= 1
        print("release", self.tag)
        return False

def find(items, target):
    for i, item in enumerate(items):
        with Res(item):
            if item == target:
                return i
            if item == "skip":
                continue
            if item == "stop":
                break
    return -1

print(find(["a", "b", "c"], "b"))
print(find(["skip", "x", "stop", "y"], "y"))
print("open resources:", Res.opened)
