parts = []
for i in range(5):
    parts.append(str(i) * i)
s = "-".join(parts)
print(s, len(s), s.count("-"))
acc = ""
for c in "hello":
    acc = c + acc
print(acc, acc.upper().lower() == acc)
lines = "line one\nline two\n\nline four".splitlines()
print(lines, [l.split() for l in lines], "\t".join(["a", "b"]))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" * 0, "%s=%s" % ("k", "v"))
print(str(12).rjust(4, "0"), "{:>4}".format(12), "abc"[1:] + "abc"[:1], "x".join("abc"))
