# find/index/count/replace and friends.
s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.rfind("ss"), s.find("x"), s.rfind("i", 0, 5))
print(s.index("pp"), s.rindex("s"), s.count("s"), s.count("ss"), s.count(""), s.count("i", 2, 8))
print(s.replace("ss", "SS"), s.replace("i", "I", 2), s.replace("", "-"))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
print("ab" in s, "ss" in s, s.startswith(("x", "mi")))
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), str.maketrans({"a": "1"}))
print("hello"[::-1], "hello"[1:4], "hello"[-3:], "hello"[::2])
