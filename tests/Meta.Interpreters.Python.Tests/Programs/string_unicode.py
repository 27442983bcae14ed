s = "héllo wörld"
print(len(s), s.upper(), s[1], s.encode()[:3], "ñ" in s, s.find("w"), s.title())
print(ord("é"), chr(233), chr(0x4e2d), "中文".upper(), len("中文"), "ÄÖÜ".lower(), "straße".upper())
print(repr("tab\there"), "a\tb".expandtabs(4), "\u00e9" == "é", "caf\u00e9", "\N{GREEK SMALL LETTER ALPHA}")
print(sorted(["é", "e", "f", "z", "E"]), "abc" < "abd" < "abé", max("héllo"))
