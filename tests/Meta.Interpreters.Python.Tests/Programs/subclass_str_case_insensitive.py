# A case-insensitive str subclass: equality, hashing and containment ignore case.
class IStr(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.casefold() == other.casefold()
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash(self.casefold())
names = {IStr("Alice"): 1, IStr("BOB"): 2}
print(names[IStr("alice")], IStr("bob") in names, IStr("Carol") in names)
print(IStr("Hello") == "HELLO", "hello" == IStr("HeLLo"), IStr("a") != "A", IStr("x").upper(), type(IStr("x").upper()).__name__)
print(sorted([IStr("b"), IStr("A"), IStr("c")]), IStr("abc")[1], IStr("ab") + "c", len(IStr("four")))
