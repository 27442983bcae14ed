# str counts code points: characters outside the BMP are one character each.
s = "a😀b𝄞c"
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2], list(s))
print([ord(c) for c in s], chr(0x1F600) == s[1], "😀" in s, s.find("b"), s.index("c"), s.rfind("😀"))
print(s.count(""), s.count("😀"), s.upper(), s.center(9, "*"), f"[{s:>8}]", f"[{s:.3}]")
print(repr(s), ascii(s), s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print(sorted(["😀", "\uffff", "a"]), max("😀\uffff"), "😀" > "\uffff")
for i, ch in enumerate("x🎉y"):
    print(i, ch, hex(ord(ch)))
print(s.split("😀"), "🎉".join(["a", "b"]), s.replace("😀", ":)"), s.startswith("a😀"), s.partition("𝄞"))
