# str() and repr() of numbers: shortest round-trip floats, big and tiny magnitudes.
floats = [0.1, 0.2 + 0.1, 1 / 3, 2.0, 1e15, 1e16, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308]
for f in floats:
    print(repr(f), str(f))
print(repr(-0.0), repr(1.0 * 10 ** 22), repr(2 ** 0.5), repr(round(2.675, 2)), 3.0 * 1.1)
print(str(10 ** 30), repr(-(10 ** 25)), str(True), repr(None), int("-0"), float("-0"))
