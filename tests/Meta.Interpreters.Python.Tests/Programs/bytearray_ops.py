# bytearray: a mutable byte sequence.
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[1], ba[-1], ba[1:3], bytes(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("l"))
print(ba)
del ba[0]
del ba[-2:]
print(ba, ba.upper(), type(ba.upper()).__name__, ba + b"!", type(ba + b"!").__name__)
ba[1:3] = b"EE"
print(ba, ba.find(b"E"), ba.decode(), list(ba), b"E" in ba)
ba += b"??"
print(ba, bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), ba == bytearray(ba))
ba.reverse()
c = ba.copy()
ba.clear()
print(ba, c, len(c))
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print("ValueError:", e)
