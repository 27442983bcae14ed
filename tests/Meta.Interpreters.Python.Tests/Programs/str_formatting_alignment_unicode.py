# Alignment with non-ASCII text, center with odd widths, ljust/rjust fill characters.
names = ["Zoë", "Ångström", "東京", "ok"]
for n in names:
    print(f"|{n:<10}|{n:>10}|{n:^10}|", len(n))
for w in range(5, 9):
    print(repr("ab".center(w, "*")), repr("abc".center(w)))
print("x".ljust(4, "-") + "|", "7".rjust(3, "0"), "é".upper(), "ǅ".lower(), "ǆ".title())
