# More complex arithmetic: powers, mixed operands, equality with reals and polar-style values.
z = complex(1, 1)
print(z ** 2, z ** 3, z ** -2, z * z.conjugate(), abs(z) ** 2)
print((2 + 0j) == 2, 2.5 == complex(2.5, 0), 1j * 1j == -1, (1 + 2j) - 1, 3 - (1 + 2j), 1 / (2 + 0j))
print([complex(i, -i) for i in range(3)], sum([1j, 2, 3.5]), (1 + 1j) * 2.0)
values = [3 + 4j, 1 - 1j, -2j]
print(sorted(values, key=abs), max(values, key=lambda c: c.real), [v.imag for v in values])
print(complex("inf+nanj"), complex(" 5 "), complex("-1.5e3+2J"), repr(complex(0.0, -0.0)))
