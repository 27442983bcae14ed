# and/or return operands, not booleans; chained comparisons evaluate each operand once.
print(0 or "default", "" or [] or {}, 3 and 4, None and 1, [] and 1, "a" or 1/0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
print(1 < 2 == 2 > 1, 1 == 1.0 != None, "a" < "b" < "c", not 0, not [0])
print(bool(""), bool(" "), bool(0j), bool(range(0)), bool(range(1)), bool(b""), bool(frozenset()))
x = None
print(x is None, x == None, (x or 5), (x if x is not None else 6))
