# StringIO and BytesIO: positions, newline modes, padding, errors, subclassing, iteration.
import io

s = io.StringIO("héllo\nwörld\n😀x\n")
print(s.read(3), s.tell(), s.readline(), s.readline(2), s.readline(), s.read(), s.tell())
s.seek(0)
print(list(s))
s.seek(20)
s.write("!")
print(repr(s.getvalue()), s.tell())
s.truncate(3)
print(repr(s.getvalue()), s.tell())
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO(newline=nl)
    t.write("a\nb\rc\r\nd")
    t.seek(0)
    print(repr(nl), repr(t.getvalue()), [line for line in t], repr(t.newlines))
t = io.StringIO("a\r\nb", newline=None)
print(repr(t.read()), repr(t.newlines))
for bad in [lambda: io.StringIO(3), lambda: io.StringIO(newline="x"), lambda: io.StringIO().write(b"x"),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 3),
            lambda: io.StringIO().truncate(-1), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().write("x"),
            lambda: io.BytesIO().truncate(-2), lambda: io.BytesIO().seek(0, 7), lambda: io.StringIO().fileno()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = io.StringIO()
c.close()
try:
    c.write("x")
except ValueError as e:
    print("closed:", e, c.closed)
b = io.BytesIO(b"line1\nline2\nrest")
print(b.readline(), b.readlines(), b.read(), b.tell())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.read1(2), b.seek(-2, 2), b.read())
b.seek(20)
b.write(b"z")
print(b.getvalue(), len(b.getbuffer()))
b.close()
try:
    b.read()
except ValueError as e:
    print("closed:", e)
with io.BytesIO(b"ctx") as ctx:
    print(ctx.read(), ctx.closed)
print(ctx.closed)
print(io.StringIO().readable(), io.BytesIO().seekable(), io.StringIO().isatty())

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", 1, file=u)
u.extra = 5
print(repr(u.getvalue()), u.extra, isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase), isinstance(io.BytesIO(), io.RawIOBase))

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = io.BufferedReader(Raw(b"abc\ndefgh\nij"), 4)
print(r.readline(), r.peek(1)[:1], r.read(2), r.read(), r.read())
print(Raw(b"xyz\nw").readline(), Raw(b"12345").read(), Raw(b"1\n2\n").readlines())
w = io.BufferedWriter(io.BytesIO(), 4)
w.write(b"ab")
print(w.raw.getvalue())
w.write(b"cdef")
w.flush()
print(w.raw.getvalue(), w.writable(), w.readable())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
t.write("a\nb\n")
t.flush()
print(t.buffer.getvalue(), t.encoding, t.errors)
t = io.TextIOWrapper(io.BytesIO("x\r\ny\rz\n".encode()), encoding="latin-1")
print(t.readlines(), repr(t.newlines))
dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode("a\r")), repr(dec.decode("\nb\r")), repr(dec.decode("", final=True)), repr(dec.newlines))
print(io.DEFAULT_BUFFER_SIZE, io.text_encoding(None), io.text_encoding("ascii"), issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
