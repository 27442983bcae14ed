# Defining __eq__ without __hash__ makes instances unhashable; hash=None explicitly.
class A:
    def __eq__(self, other):
        return True
class B:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7
class C:
    __hash__ = None
print(A.__hash__ is None, hash(B()), B() in {B()})
for cls in (A, C):
    try:
        hash(cls())
    except TypeError as e:
        print("TypeError:", e)
try:
    {A(): 1}
except TypeError as e:
    print("TypeError:", e)
