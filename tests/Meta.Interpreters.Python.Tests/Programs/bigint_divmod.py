# divmod with ints too large for a float: the zero-divisor test must not convert them.
big = 7 ** 500
q, r = divmod(big, 3 ** 200)
print(q % 1000003, r % 1000003, q * 3 ** 200 + r == big)
q, r = divmod(-big, 10 ** 300)
print(len(str(q)), r % 999983, q * 10 ** 300 + r == -big)
print(divmod(12345, big), divmod(-12345, big) == (-1, big - 12345))
print(divmod(10 ** 300, 1.5e299), divmod(2.5, 10 ** 20))
for x, zero in ((big, 0), (-big, False), (5, 0.0), (5.0, 0)):
    try:
        divmod(x, zero)
    except ZeroDivisionError as e:
        print(type(x).__name__, type(zero).__name__, e)
for zero in (0.0, 1.5):
    try:
        divmod(big, zero)
    except OverflowError as e:
        print("OverflowError", e)
