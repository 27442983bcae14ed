for s in ["42", "-17", "  8 ", "0", "+5", "1_000_000"]:
    print(repr(s), int(s))
for s, b in [("ff", 16), ("777", 8), ("1010", 2), ("z", 36), ("0x1f", 16), ("0o17", 0), ("0b11", 0)]:
    print(s, b, int(s, b))
for bad in ["", "abc", "1.5", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for s in ["1.5", "-2e3", "inf", "nan", " 3 ", "1e400"]:
    print(float(s))
try:
    float("x1")
except ValueError as e:
    print(e)
