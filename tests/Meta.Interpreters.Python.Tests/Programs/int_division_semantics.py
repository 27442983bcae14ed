# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 7)
print(2 ** -2, 0 ** 0, (-2) ** 3)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
