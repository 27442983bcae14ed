# _codecs natively (utf-8/ascii/latin-1 with error handlers, the search registry), bytes
# construction and decode/join/startswith, bytearray, memoryview, list[int], big ranges.
import _codecs

print(_codecs.utf_8_encode('h\u00e9llo \u20ac'))
print(_codecs.utf_8_decode(b'h\xc3\xa9llo \xe2\x82\xac'))
print(_codecs.latin_1_encode('caf\u00e9'), _codecs.latin_1_decode(b'caf\xe9'))
print(_codecs.ascii_encode('abc'), _codecs.ascii_decode(b'abc'))
for data, errors in [(b'a\xffb', 'replace'), (b'a\xffb', 'ignore'), (b'a\xffb', 'surrogateescape'),
                     (b'\xe2\x82', 'replace'), (b'\xe2\x82x', 'replace'), (b'\xed\xa0\x80', 'replace'), (b'\xe0\x80\x80z', 'replace')]:
    text, consumed = _codecs.utf_8_decode(data, errors)
    print([hex(ord(c)) for c in text], consumed, [hex(ord(c)) for c in _codecs.utf_8_decode(data, errors, True)[0]])
try:
    _codecs.utf_8_decode(b'ab\xff')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.reason)
try:
    _codecs.ascii_encode('x\u00e9')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(_codecs.ascii_encode('x\u00e9y', 'replace'), _codecs.latin_1_encode('\u20ac', 'ignore'))
print(_codecs.utf_8_encode('a\udcffb', 'surrogateescape'))

def search(name):
    if name == 'my_codec':
        return (1, 2, 3, 4)
    return None
_codecs.register(search)
print(_codecs.lookup('MY CODEC'))
try:
    _codecs.lookup('no-such-codec')
except LookupError as e:
    print(e)
try:
    _codecs.lookup_error('nope')
except LookupError as e:
    print(e)

print(bytes(), bytes(3), bytes([65, 66]), bytes('h\u00e9', 'utf-8'), bytes(b'xy'))
print(b'a\xc3\xa9'.decode(), b'a\xe9'.decode('latin-1'), b'a\xff'.decode('utf-8', 'replace'))
print(b', '.join([b'a', b'b', bytearray(b'c')]), b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')))
try:
    bytes([256])
except ValueError as e:
    print(e)

ba = bytearray(b'abc')
ba.append(100)
ba.extend([101, 102])
ba[0] = 65
print(ba, len(ba), ba[1], ba[-1], list(ba)[:3], 98 in ba, ba == b'Abcdef', ba.pop(), ba.decode())
print(bytearray(2), bytearray('\u00e9', 'utf-8'), bytearray([1, 2]) == bytearray(b'\x01\x02'))
try:
    hash(ba)
except TypeError as e:
    print(e)
mv = memoryview(b'xyz')
print(len(mv), mv[0], mv[-1], mv.tobytes(), mv.tolist(), mv.readonly, mv == b'xyz', memoryview(ba).readonly)
with memoryview(b'ab') as m:
    print(m.nbytes)

print(list[int], dict[str, list[int]], tuple[int, ...], list[int] == list[int], list[int](range(3)))
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)

r = range(1 << 70, (1 << 70) + 5, 2)
print(list(r), len(r), r[1], (1 << 70) + 2 in r, (1 << 70) + 1 in r, isinstance(r, range))
print(type(iter(range(1 << 100))).__name__)
