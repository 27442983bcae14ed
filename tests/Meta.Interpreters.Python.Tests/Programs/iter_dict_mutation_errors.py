# Mutating containers while iterating: dict size change raises, list iteration sees appends.
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x * 10)
print(lst)
for k in list(d):
    d[k + "!"] = 0
print(sorted(d))
