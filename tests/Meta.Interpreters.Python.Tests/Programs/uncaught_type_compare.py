# Ordering comparison between unrelated types.
values = [3, 1, 2]
print(sorted(values))
print(sorted(values + ["4"]))
