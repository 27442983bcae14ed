# Big integers in other bases, float conversion, rounding and comparisons with floats.
n = 12345678901234567890123456789
print(hex(n), oct(n), bin(n)[:20], int(hex(n), 16) == n, int(bin(n), 0) == n)
print(float(n), n == float(n), n < float("inf"), 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(round(n, -10), n // 10 ** 10 * 10 ** 10, format(n, ","), f"{n:_x}")
print((-n).bit_length(), (10 ** 18).bit_length(), int("-" + "7" * 30), int(" 0x_ff ".strip().replace("_", ""), 16))
print(n.to_bytes(12, "big").hex(), int.from_bytes(n.to_bytes(12, "little"), "little") == n)
