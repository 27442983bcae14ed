# Every method of list.
a = [5, 3, 8]
a.append(1); print(a)
a.extend((9, 2)); print(a)
a.insert(0, 7); a.insert(-1, 6); a.insert(100, 0); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(8); print(a)
print(a.index(9), a.count(3), a.count(42))
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.sort(key=lambda v: v % 3); print(a)
a.reverse(); print(a)
b = a.copy(); b.append(100); print(a, b)
a.clear(); print(a, len(a))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
