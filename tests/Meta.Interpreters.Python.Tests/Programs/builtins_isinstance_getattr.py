# isinstance/issubclass with tuples, getattr/setattr/hasattr/delattr with defaults.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(3, (str, float)), isinstance(True, int))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(B, object))
setattr(b, "color", "red")
print(getattr(b, "color"), getattr(b, "size", "n/a"), hasattr(b, "color"), hasattr(b, "size"))
delattr(b, "color")
print(hasattr(b, "color"))
try:
    getattr(b, "color")
except AttributeError as e:
    print("AttributeError:", e)
try:
    isinstance(b, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr([], "append").__name__, callable(getattr("", "upper")))
