# complex: arithmetic, attributes, constructor, comparisons and hashing.
a = 1 + 2j
b = complex(3, -1)
print(a, b, a + b, a - b, a * b, a / b, a ** 2, b ** -1)
print(a.real, a.imag, a.conjugate(), abs(3 + 4j), -a, +a)
print(complex("1+2j"), complex("-3.5j"), complex(" (2-1j) "), complex(2), complex(), complex(1j, 1))
print(a == complex(1, 2), a != b, 1 + 0j == 1, hash(1 + 0j) == hash(1), bool(0j), bool(1j))
print(2 * a, a * 2.5, 1 / (1j), 1j ** 2, (1 + 1j) ** 0.5)
print(repr(1e20j), repr(-0j), repr(complex(-1.5, 0)), 0.5j, type(a).__name__)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
