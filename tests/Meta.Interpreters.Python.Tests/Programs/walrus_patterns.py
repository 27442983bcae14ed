# Assignment expressions in while loops, comprehensions, conditions and nested scopes.
data = [3, 8, 1, 9, 4]
it = iter(data)
while (x := next(it, None)) is not None:
    if x > 5:
        print("big", x)
print("last x:", x)
values = [y for v in data if (y := v * 2) > 6]
print(values, y)
if (n := len(data)) > 3:
    print(f"{n} items")
def scoped():
    total = 0
    [total := total + v for v in range(5)]
    return total
print(scoped())
print([(last := c) for c in "abc"], last)
print((z := 10) + z, z)
