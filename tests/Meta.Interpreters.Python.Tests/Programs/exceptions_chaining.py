class Wrapped(Exception):
    pass
def inner():
    raise KeyError("inner")
def outer():
    try:
        inner()
    except KeyError as e:
        raise Wrapped("outer") from e
try:
    outer()
except Wrapped as w:
    print(repr(w.__cause__), w.__suppress_context__, repr(w.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as v:
    print(repr(v.__context__), v.__cause__)
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__)
def reraiser():
    try:
        raise IndexError("idx")
    except IndexError:
        raise
try:
    reraiser()
except IndexError as e:
    print("reraised", e)
