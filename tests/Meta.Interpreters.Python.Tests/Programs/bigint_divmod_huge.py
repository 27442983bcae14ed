# divmod and modulo of integers far beyond float range, and zero divisors of each kind.
big = 10 ** 400 + 12345
print(divmod(big, 10 ** 399), divmod(-big, 7), big % 97, divmod(big, -(10 ** 200))[1] < 0)
print(len(str(big // 3)), divmod(big, big), divmod(0, big), divmod(2 ** 2000, 2 ** 1999))
for a, b in [(big, 0), (5, 0), (5.0, 0), (big, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
