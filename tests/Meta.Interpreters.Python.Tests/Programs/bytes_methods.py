# bytes: construction, indexing, slicing, methods, encoding and decoding.
b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], list(b[:3]), b"x" * 3, b + b"!")
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), bytes(b"copy"), bytes())
print(b.upper(), b.lower(), b.split(b", "), b"a b  c".split(), b"-".join([b"x", b"y"]), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"Hell"), b.endswith((b"x", b"ld")))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"abc".partition(b"b"), b"12".isdigit(), b"ab".isalpha(), b" ".isspace())
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\xff".hex(":"), b"caf\xc3\xa9".decode(), "café".encode(), "abc".encode("ascii"))
print(b"abc" == b"abc", b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", hash(b"k") == hash(b"k"), {b"k": 1}[b"k"])
print(repr(b"it's"), repr(b'say "hi"'), repr(b"\t\n\\"), b.removeprefix(b"Hello"), b.decode("ascii"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    bytes([300])
except ValueError as e:
    print("ValueError:", e)
