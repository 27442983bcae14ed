# More str methods: count with ranges, find with negative indices, startswith with tuples and ranges.
s = "abracadabra"
print(s.count("a", 3), s.count("a", 3, -3), s.find("a", -4), s.rfind("a", 0, -1), s.index("c", 2, 6))
print(s.startswith(("x", "ab")), s.startswith("ra", 2), s.endswith("bra", 0, 11), s.endswith("ab", 0, 2))
print(s.replace("a", "", 3), s.upper().lower() == s, s.swapcase(), s.title(), "hello world".capitalize())
print("tab\tsep".expandtabs(4), "%s" % s.zfill(14), s.center(15, "."), "  ".join(s.split("a")))
print(str(123) + str(4.5) + str(None) + str([1]) + str((2,)) + str({"k": 1}))
