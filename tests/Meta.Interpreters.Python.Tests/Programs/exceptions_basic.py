def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    return n
for i in range(3):
    try:
        print(risky(i))
    except ValueError as e:
        print("VE", e, e.args)
    except (TypeError, KeyError) as e:
        print("TE", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally", i)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    [1][5]
except LookupError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
