for a, b in [(12, 10), (-12, 10), (255, -1), (1 << 40, 3)]:
    print(a & b, a | b, a ^ b, a << 3, a >> 2, ~a)
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2**100).bit_length())
