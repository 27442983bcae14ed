# zlib: decompression of CPython-made streams byte for byte, round trips through this
# implementation's compressor, checksums, streaming objects and errors.
import zlib

samples = [b'', b'a', b'hello hello hello hello', bytes(range(256)) * 40, b'The quick brown fox ' * 500, bytes(1000)]
made_by_cpython = {
    'zlib': b"x\x9c\xcbH\xcd\xc9\xc9W\xc8@'\x01h\x03\x08\xb1",
    'zlib9': b"x\xda\xcbH\xcd\xc9\xc9W\xc8@'\x01h\x03\x08\xb1",
    'raw': b"\xcbH\xcd\xc9\xc9W\xc8@'\x01",
    'gzip': b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9W\xc8@'\x01\xe3Q=\x8d\x17\x00\x00\x00",
    'stored': b'x\x01\x01\x05\x00\xfa\xffhello\x06,\x02\x15',
    'dynamic': b"x\xdac`dbfaec\xe7\xe0\xe4\xe2\xe6\xe1\xe5\xe3\x17\x10\x14\x12\x16\x11\x15\x13\x97\x90\x94\x92\x96\x91\x95\x93WPTRVQUS\xd7\xd0\xd4\xd2\xd6\xd1\xd5\xd370426153\xb7\xb0\xb4\xb2\xb6\xb1\xb5\xb3wptrvqus\xf7\xf0\xf4\xf2\xf6\xf1\xf5\xf3\x0f\x08\x0c\n\x0e\t\r\x0b\x8f\x88\x8c\x8a\x8e\x89\x8d\x8bOHLJNIMK\xcf\xc8\xcc\xca\xce\xc9\xcd\xcb/(,*.)-+\xaf\xa8\xac\xaa\xae\xa9\xad\xabohljnimk\xef\xe8\xec\xea\xee\xe9\xed\xeb\x9f0q\xd2\xe4)S\xa7M\x9f1s\xd6\xec9s\xe7\xcd_\xb0p\xd1\xe2%K\x97-_\xb1r\xd5\xea5k\xd7\xad\xdf\xb0q\xd3\xe6-[\xb7m\xdf\xb1s\xd7\xee={\xf7\xed?p\xf0\xd0\xe1#G\x8f\x1d?q\xf2\xd4\xe93g\xcf\x9d\xbfp\xf1\xd2\xe5+W\xaf]\xbfq\xf3\xd6\xed;w\xef\xdd\x7f\xf0\xf0\xd1\xe3'O\x9f=\x7f\xf1\xf2\xd5\xeb7o\xdf\xbd\xff\xf0\xf1\xd3\xe7/_\xbf}\xff\xf1\xf3\xd7\xef?\x7f\xff\xfdg\x18\xf5\xff\x88\xf6?\xd0y\xa3hH#\x00\xec&*\xe3",
}
for name, blob in made_by_cpython.items():
    wbits = {'raw': -15, 'gzip': 31}.get(name, 15)
    print(name, zlib.decompress(blob, wbits)[:30], zlib.decompress(blob, 47)[:30] if name in ('zlib', 'gzip') else '')
for data in samples:
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, 9, -15, 31):
            c = zlib.compress(data, level, wbits)
            assert zlib.decompress(c, wbits) == data, (len(data), level, wbits)
    co = zlib.compressobj(6, zlib.DEFLATED, 12, 8, zlib.Z_FILTERED)
    stream = co.compress(data[: len(data) // 2]) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(data[len(data) // 2:]) + co.flush()
    print(len(data), zlib.decompress(stream, 12) == data, zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 7))
big = b''.join(str(i).encode() for i in range(20000))
blob = zlib.compress(big)
d = zlib.decompressobj()
out = b''
for i in range(0, len(blob), 100):
    out += d.decompress(blob[i:i + 100])
print(out == big, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
parts = [d.decompress(blob + b'TRAILING', 1000)]
while d.unconsumed_tail and not d.eof:
    parts.append(d.decompress(d.unconsumed_tail, 1000))
parts.append(d.flush())
print(b''.join(parts) == big, all(len(p) <= 1000 for p in parts), d.eof, d.unused_data.startswith(b'TRAILING'))
d = zlib.decompressobj(-15)
half = made_by_cpython['raw']
print(d.decompress(half[:5]) + d.decompress(half[5:]), d.eof, d.copy().eof)
d2 = zlib.decompressobj(31)
print(d2.decompress(made_by_cpython['gzip'] + b'xyz'), d2.unused_data, d2.decompress(b'more'), d2.unused_data)
print(zlib.crc32(b'hello'), zlib.crc32(b' world', zlib.crc32(b'hello')), zlib.adler32(b''), zlib.crc32(memoryview(b'abc')), zlib.adler32(bytearray(b'abc')))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE, zlib.Z_FINISH, zlib.ZLIB_VERSION[:2])
for bad in [lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(made_by_cpython['zlib'][:-3]),
            lambda: zlib.decompress(made_by_cpython['zlib'][:-1] + b'\x00'), lambda: zlib.decompress(b'\x78\x9c\xff\xff'),
            lambda: zlib.compress(b'x', 10), lambda: zlib.decompress(b'x', 99), lambda: zlib.decompressobj(99), lambda: zlib.compress('text'),
            lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompress(made_by_cpython['gzip'], 31)[:0] + zlib.decompress(b'\x1f\x8b\x08\x00' + bytes(6) + b'\x03\x00' + bytes(8), 31),
            lambda: zlib.decompress(b'\x08\x1d' + b'\x03\x00' + b'\x00\x00\x00\x01', 15)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
