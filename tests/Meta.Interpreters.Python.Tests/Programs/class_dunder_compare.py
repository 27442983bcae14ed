# Rich comparisons: reflection, NotImplemented and TypeError messages.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 10), Version(1, 2, 1), Version(0, 9)]
print(sorted(vs), min(vs), max(vs))
print(Version(1) > Version(0, 5), Version(2) >= Version(2), Version(1) == Version(1), Version(1) != Version(2))
print(len({Version(1), Version(1), Version(2)}))
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(Version(1) == "1")
