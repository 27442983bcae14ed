a = [5, 3, 8]
a += [1]
a *= 2
print(a, a.index(8, 3), a[-2:], list(reversed(a))[:2])
b = sorted(a)
b.insert(100, 'end')
b.insert(-100, 'start')
print(b, b.pop(1), b)
c = [1, 2, 3]
c[1:1] = [9, 9]
print(c, c.count(9), [x for x in c if x != 9])
