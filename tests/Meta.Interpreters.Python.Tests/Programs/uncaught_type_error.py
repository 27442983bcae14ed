def total(items):
    return sum(items) + "units"
print(total([1, 2]))
