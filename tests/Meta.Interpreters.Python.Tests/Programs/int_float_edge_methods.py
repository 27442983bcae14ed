# Less common int and float behaviour: bit_count, negative shifts, float.is_integer, conjugates.
print((255).bit_count(), (-7).bit_count(), (0).bit_count(), (10 ** 20).bit_count())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(5 >> 10, -5 >> 1, -1 >> 100, 7 & -8, -7 | 3, ~0, ~-1)
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), (-0.0).is_integer())
print((3 + 4j).conjugate(), (5).conjugate(), (2.5).conjugate(), (True).real, (7).imag)
print(int.__name__, float.__name__, (12).__index__(), (3.9).__int__(), int(True), float(False))
print(sum(1 for i in range(1000) if i.bit_length() == 9), max(range(10), key=lambda i: (i % 3, i)))
