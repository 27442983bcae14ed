# chr/ord round trips, hex/oct/bin of negatives, int() of prefixed strings.
print([chr(c) for c in [65, 97, 48, 0x263A, 0x1F600]], [ord(c) for c in "Aa0☺"])
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int("ff", 16), int("FF", 16), int("777", 8), int("-0x1a", 16), int("0o17", 0), int("1_0", 0))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
print("".join(chr(ord(c) + 1) for c in "HAL"), sum(map(ord, "abc")))
