# Files through open(): text and binary round trips, modes, newline handling, seek/tell, errors.
import io
import os

path = "/tmp/metapy_io_files_%d.txt" % os.getpid()
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.encoding, f.writable(), f.readable(), f.seekable(), f.closed)
    print(f.write("first\nsecond\r\nthird\rfourth"), f.tell())
    f.writelines(["\n", "é😀\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(list(f))
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline(3)), f.tell(), repr(f.read(5)), f.tell())
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, f.tell() == os.path.getsize(path), f.read())
    f.seek(0, 2)
    print(f.read())
    f.seek(0)
    for i, line in enumerate(f):
        print(i, repr(line))
    try:
        f.tell()
    except OSError as e:
        print("OSError", e)
with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.read(5), f.tell(), f.readline(), f.peek(3)[:3], f.read1(2))
    f.seek(-3, 2)
    print(f.read(), f.tell(), f.seek(0), f.readlines())
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(3), f.readall()[:4], f.fileno() > 2, f.isatty())
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(f.readline().rstrip(), f.read().splitlines()[-1])
with open(path, "w+b") as f:
    f.write(b"0123456789")
    f.seek(3)
    print(f.read(2), f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
with open(path, "wb") as f:
    f.write("a\nb".encode("utf-8"))
with open(path, encoding="ascii") as f:
    print(f.read())
with open(path, "w", encoding="latin-1") as f:
    f.write("caf\xe9")
print(open(path, "rb").read())
try:
    open(path, "w", encoding="ascii").write("\xe9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(path, "wb") as f:
    f.write(b"\xff\xfeok")
try:
    open(path).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
print(open(path, errors="replace").read(), open(path, errors="ignore").read())
open(path, "w").write("dropped without close")
print(open(path).read())
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
os.remove(path)
for args in [("/nonexistent/dir/file",), (".", "w"), (path, "rw"), (path, "rr"), (path, "q"), (path, "tb"),
             (path, "rb", -1, "utf-8"), (path, "U"), (path, 3), (3.5,), ([],), (path, "r", 0)]:
    try:
        open(*args)
    except Exception as e:
        print(type(e).__name__, e.args if isinstance(e, OSError) else e, getattr(e, "filename", None) in (None, path, ".", "/nonexistent/dir/file"))
f = open(path, "w")
f.close()
for op in [lambda: f.write("x"), lambda: f.read(), lambda: f.buffer.write(b"x"), lambda: f.buffer.raw.write(b"x")]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
with open(path, "w") as f:
    for op in [f.read, f.buffer.read, f.buffer.raw.read, lambda: f.seek(1, 1), lambda: f.seek(-1), lambda: f.seek(0, 5)]:
        try:
            op()
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
with open(path, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
fd = os.open(path, os.O_RDWR)
with open(fd, "w", closefd=False) as f:
    f.write("via fd")
print(os.read(fd, 100) == b"", os.lseek(fd, 0, 0), os.read(fd, 100))
os.close(fd)
opened = []
def opener(name, flags):
    opened.append(name == path)
    return os.open(name, flags)
with open(path, opener=opener) as f:
    print(f.read(), opened)
os.remove(path)
