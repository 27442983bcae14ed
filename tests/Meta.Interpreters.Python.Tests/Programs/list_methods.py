a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.insert(0, 0); a.insert(-1, 99)
print(a, a.count(5), a.index(4), len(a))
print(a.pop(), a.pop(0), a)
a.remove(99); a.sort(); print(a)
a.reverse(); print(a)
a.sort(key=lambda v: -v, reverse=True); print(a)
b = a.copy(); b.clear(); print(a[:3], b, [1, 2] * 2, [1] + [2], [[0] * 2] * 2)
del a[0]; del a[1:3]; print(a)
a[1:2] = [7, 7, 7]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
