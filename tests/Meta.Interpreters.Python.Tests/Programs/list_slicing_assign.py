a = list(range(10))
print(a[2:8:2], a[::-1][:3], a[-3::-1][:3], a[1:1], a[8:2:-2])
a[2:5] = ["x"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [99]
print(a)
del a[-2:]
print(a)
b = a[:]
b[0] = "changed"
print(a[0], b[0])
c = [[1, 2]] * 2
c[0].append(3)
print(c)
