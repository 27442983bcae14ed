s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:8:3], s[5:2], s[100:])
print(len(s), "c" in s, "xyz" not in s, s * 2, "ab" + "cd", s.index("d"), min(s), max(s), sorted("hello"))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
