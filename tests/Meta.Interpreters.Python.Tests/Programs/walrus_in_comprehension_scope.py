# Walrus targets inside comprehensions bind in the enclosing function scope.
def running_totals(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total
print(running_totals([1, 2, 3, 4]))
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["a", "tiny", "enormous", "x"]), first_long(["a"]))
data = {"k": [1, 2, 3]}
if (items := data.get("k")) and (n := len(items)) > 2:
    print(f"{n} items: {items}")
