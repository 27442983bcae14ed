# Slice assignment: growing, shrinking, extended slices with matching length, and errors.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[::3] = [0] * len(a[::3])
print(a)
a[-2:] = []
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3]
b[5:] = [9]
b[:0] = "ab"
print(b)
b[1:4] = range(2)
print(b)
t = "immutable"
try:
    t[0] = "I"
except TypeError as e:
    print("TypeError:", e)
