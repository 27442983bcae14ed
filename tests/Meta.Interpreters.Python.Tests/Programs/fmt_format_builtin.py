# format() and __format__ of builtins: int bases, characters, and errors for bad specs.
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#b"), format(65, "c"))
print(format(10, "n"), format(1.5, "n"), format(10**20, ","), format(-1234.5, "_.1f"))
for bad in [("abc", "d"), (1.5, "x"), (10, "s"), ("x", "=5")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(format(None), format([1, 2]), "{:>5}".format(str(None)))
