# _struct natively through struct: byte orders, native alignment, every format code, Struct,
# pack_into/unpack_from/iter_unpack and the errors with CPython's messages.
import struct

print(struct.calcsize('i'), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('<q'), struct.calcsize('@l'), struct.calcsize('P'))
print(struct.calcsize('3s2xh'), struct.calcsize('@cd'), struct.calcsize(''), struct.calcsize('10p'))
print(struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -5, 2**64 - 1))
print(struct.pack('>hHiI', -2, 65535, -3, 4000000000), struct.pack('!i', 1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -5, 2**64 - 1)))
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2))
print(struct.pack('<fde', 1.5, -2.25, 0.5), struct.unpack('<fde', struct.pack('<fde', 1.5, -2.25, 0.5)))
print(struct.pack('c?x3s', b'z', 7, b'abcdef'), struct.unpack('c?x3s', b'z\x01\x00abc'))
print(struct.pack('5p', b'hi'), struct.unpack('5p', b'\x02hi\x00\x00'))
print(struct.pack('<2h3B', 1, 2, 3, 4, 5), struct.unpack('<2h3B', b'\x01\x00\x02\x00\x03\x04\x05'))
s = struct.Struct('<Ih')
print(s.format, s.size, s.pack(7, -1), s.unpack(b'\x07\x00\x00\x00\xff\xff'))
buf = bytearray(10)
s.pack_into(buf, 2, 1, 2)
struct.pack_into('<b', buf, -1, -1)
print(buf, s.unpack_from(buf, 2), struct.unpack_from('<h', buf, offset=6))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), struct.Struct(b'>h').format)
for call in [lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('h', 40000),
             lambda: struct.pack('H', -1), lambda: struct.pack('<i', 2**31), lambda: struct.pack('<Q', -1),
             lambda: struct.pack('i', 'x'), lambda: struct.pack('ii', 1), lambda: struct.unpack('i', b'ab'),
             lambda: struct.pack('c', b'ab'), lambda: struct.pack('s', 'str'), lambda: struct.calcsize('<n'),
             lambda: struct.calcsize('y'), lambda: struct.pack('f', 1e300), lambda: list(struct.iter_unpack('h', b'abc')),
             lambda: struct.unpack_from('<i', b'ab', 0)]:
    try:
        call()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
print(struct.error.__module__, issubclass(struct.error, Exception))
