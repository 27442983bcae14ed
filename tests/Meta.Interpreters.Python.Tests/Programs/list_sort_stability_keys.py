# list.sort: stability across multiple passes, key functions, reverse keeping stability.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_both = sorted(by_num, key=lambda r: r[0])
print(by_both)
print(sorted(records, key=lambda r: r[1], reverse=True))
data = [3.5, -1, 2, -7.25, 0]
data.sort(key=abs)
print(data)
strs = ["10", "9", "100", "1"]
print(sorted(strs), sorted(strs, key=int), sorted(strs, key=len))
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
nested = [[2, "b"], [1, "z"], [2, "a"]]
nested.sort()
print(nested)
