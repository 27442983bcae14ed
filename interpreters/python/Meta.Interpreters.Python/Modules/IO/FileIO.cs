using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;
using Libc = Meta.Interpreters.Python.Modules.PosixModule.Libc;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>
/// A raw file over a file descriptor. <see cref="Host"/> replaces the descriptor for the standard
/// streams of an embedded run (the tests' in-process runner hands metapy TextWriters, not descriptors).
/// </summary>
public sealed class PyFileIO(PyType type) : PyIOObject(type)
{
    public int Fd = -1;
    public bool Readable;
    public bool Writable;
    public bool Appending;
    public bool Created;
    public bool CloseFd = true;
    public int BlockSize = Buffered.DefaultBufferSize;
    public TextWriter? Host;
    private readonly Decoder _hostDecoder = new UTF8Encoding(false).GetDecoder();

    public bool IsClosed => Fd < 0;

    /// <summary>The descriptor of a file the program dropped without closing is closed by the collector (CPython's fileio_dealloc).</summary>
    ~PyFileIO()
    {
        if (Fd >= 0 && CloseFd && Host is null)
        {
            Libc.close(Fd);
        }
    }

    /// <summary>write(2) of all the bytes, or the host writer; the count written.</summary>
    public int WriteBytes(ReadOnlySpan<byte> data)
    {
        if (Host is not null)
        {
            var chars = new char[_hostDecoder.GetCharCount(data, false)];
            _hostDecoder.GetChars(data, chars, false);
            Host.Write(chars);
            return data.Length;
        }
        var buffer = data.ToArray();
        var n = Libc.write(Fd, buffer, buffer.Length);
        return n < 0 ? throw PosixModule.Fail() : (int)n;
    }

    /// <summary>read(2) of at most <paramref name="count"/> bytes; empty at end of file.</summary>
    public byte[] ReadBytes(int count)
    {
        var buffer = new byte[count];
        var n = Libc.read(Fd, buffer, count);
        if (n < 0)
        {
            throw PosixModule.Fail();
        }
        return n == count ? buffer : buffer.AsSpan(0, (int)n).ToArray();
    }

    public long Seek(long pos, int whence)
    {
        var r = Libc.lseek(Fd, pos, whence);
        return r < 0 ? throw PosixModule.Fail() : r;
    }

    public void FlushHost() => Host?.Flush();

    public void Close()
    {
        if (Fd < 0)
        {
            return;
        }
        var fd = Fd;
        Fd = -1;
        if (Host is not null)
        {
            Host.Flush();
        }
        else if (CloseFd && Libc.close(fd) < 0)
        {
            throw PosixModule.Fail();
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>fileio.c's mode_string.</summary>
    public string Mode => Created ? (Readable ? "xb+" : "xb") : Appending ? (Readable ? "ab+" : "ab") : Readable ? (Writable ? "rb+" : "rb") : "wb";
}

/// <summary>_io.FileIO (Modules/_io/fileio.c): modes r w x a with + and b, closefd, opener, CPython's errors.</summary>
public static class FileIO
{
    public static readonly PyType Type = MakeType();

    private const int OReadOnly = 0, OWriteOnly = 1, OReadWrite = 2, OCreate = 0x40, OExclusive = 0x80, OTruncate = 0x200, OAppend = 0x400, OCloseOnExec = 0x80000;

    private static PyType MakeType()
    {
        var t = IOBase.ConcreteType("FileIO", [IOBase.RawBase], type => new PyFileIO(type), Init);
        Def.Method(t, "read", Read);
        Def.Method(t, "readall", ReadAll);
        Def.Method(t, "readinto", ReadInto);
        Def.Method(t, "write", Write);
        Def.Method(t, "seek", Seek);
        Def.Method(t, "tell", (a, k) => PyInt.From(Open(a[0]).Seek(0, 1)));
        Def.Method(t, "truncate", Truncate);
        Def.Method(t, "close", Close);
        Def.Method(t, "seekable", Seekable);
        Def.Method(t, "readable", (a, k) => PyBool.From(Open(a[0]).Readable));
        Def.Method(t, "writable", (a, k) => PyBool.From(Open(a[0]).Writable));
        Def.Method(t, "fileno", (a, k) => PyInt.From(Open(a[0]).Fd));
        Def.Method(t, "isatty", (a, k) => PyBool.From(IsATty(Open(a[0]))));
        Def.Method(t, "_dealloc_warn", (a, k) => PyNone.Instance);
        Def.Slot(t, "__repr__", Repr);
        IOBase.Getter(t, "closed", (a, k) => PyBool.From(Self(a[0]).IsClosed));
        IOBase.Getter(t, "closefd", (a, k) => PyBool.From(Self(a[0]).CloseFd));
        IOBase.Getter(t, "mode", (a, k) => PyStr.From(Self(a[0]).Mode));
        IOBase.Getter(t, "_blksize", (a, k) => PyInt.From(Self(a[0]).BlockSize));
        return t;
    }

    private static PyFileIO Self(PyObject o) => o as PyFileIO ?? throw Errors.TypeError($"descriptor requires a '_io.FileIO' object but received a '{o.Type.Name}'");

    public static PyFileIO Open(PyObject o)
    {
        var f = Self(o);
        return f.IsClosed ? throw IOBase.ClosedFile() : f;
    }

    public static bool IsATty(PyFileIO f) => f.Host is null && Libc.isatty(f.Fd) == 1;

    /// <summary>A FileIO over an open descriptor (the standard streams).</summary>
    public static PyFileIO ForDescriptor(int fd, string mode, TextWriter? host)
    {
        var f = new PyFileIO(Type) { Fd = fd, CloseFd = false, Host = host, Readable = mode == "r", Writable = mode == "w" };
        f.SetAttribute("name", PyStr.From(fd switch { 0 => "<stdin>", 1 => "<stdout>", _ => "<stderr>" }));
        return f;
    }

    /// <summary>_io_FileIO___init___impl.</summary>
    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var self = Self(a[0]);
        var file = Def.Arg(a, k, 1, "file") ?? throw Errors.TypeError("FileIO() missing required argument 'file' (pos 1)");
        var modeObj = Def.Arg(a, k, 2, "mode") ?? PyStr.From("r");
        var closefd = Def.Arg(a, k, 3, "closefd") is not { } c || Ops.IsTrue(c);
        var opener = Def.Arg(a, k, 4, "opener");
        if (modeObj is not PyStr modeStr)
        {
            throw Errors.TypeError($"FileIO() argument 'mode' must be str, not {modeObj.Type.Name}");
        }
        var flags = ParseMode(self, modeStr.Value) | OCloseOnExec;
        if (file is PyFloat)
        {
            throw Errors.TypeError("integer argument expected, got float");
        }
        var fd = -1;
        if (Ops.IsInt(file))
        {
            fd = (int)Ops.IndexValue(file);
            if (fd < 0)
            {
                throw Errors.ValueError("negative file descriptor");
            }
        }
        else if (!closefd)
        {
            throw Errors.ValueError("Cannot use closefd=False with file name");
        }
        self.CloseFd = closefd;
        if (fd < 0)
        {
            var path = PosixModule.PathBytes(file, out _);
            if (opener is null or PyNone)
            {
                fd = Libc.open(path, flags, 0x1B6);
                if (fd < 0)
                {
                    throw PosixModule.Fail(file);
                }
            }
            else
            {
                var r = Ops.Call(opener, [file, PyInt.From(flags)]);
                if (!Ops.IsInt(r))
                {
                    throw Errors.TypeError("expected integer from opener");
                }
                fd = (int)Ops.IndexValue(r);
                if (fd < 0)
                {
                    throw Errors.ValueError($"opener returned {fd}");
                }
            }
        }
        self.Fd = fd;
        var st = new byte[144];
        if (Libc.fstat(fd, st) == 0)
        {
            if ((BitConverter.ToUInt32(st, 24) & 0xF000) == 0x4000)
            {
                var errno = 21;
                self.Close();
                throw OSErrors.OSErrorFromErrno(errno, "Is a directory", Ops.Str(file));
            }
            var blksize = BitConverter.ToInt64(st, 56);
            if (blksize > 1)
            {
                self.BlockSize = (int)blksize;
            }
        }
        self.SetAttribute("name", file);
        if (self.Appending)
        {
            Libc.lseek(fd, 0, 2);
        }
        Buffered.FlushPendingWriters();
        return PyNone.Instance;
    }

    /// <summary>fileio.c's mode parsing: exactly one of r w x a, at most one +, b ignored.</summary>
    private static int ParseMode(PyFileIO self, string mode)
    {
        var rwa = false;
        var plus = false;
        var flags = 0;
        foreach (var ch in mode)
        {
            switch (ch)
            {
                case 'x' or 'r' or 'w' or 'a':
                    if (rwa)
                    {
                        throw BadMode();
                    }
                    rwa = true;
                    if (ch == 'x')
                    {
                        self.Created = self.Writable = true;
                        flags |= OExclusive | OCreate;
                    }
                    else if (ch == 'r')
                    {
                        self.Readable = true;
                    }
                    else if (ch == 'w')
                    {
                        self.Writable = true;
                        flags |= OCreate | OTruncate;
                    }
                    else
                    {
                        self.Writable = self.Appending = true;
                        flags |= OAppend | OCreate;
                    }
                    break;
                case '+':
                    if (plus)
                    {
                        throw BadMode();
                    }
                    self.Readable = self.Writable = plus = true;
                    break;
                case 'b':
                    break;
                default:
                    throw Errors.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa)
        {
            throw BadMode();
        }
        return flags | (self.Readable && self.Writable ? OReadWrite : self.Readable ? OReadOnly : OWriteOnly);
    }

    private static PyError BadMode() => Errors.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");

    private static PyFileIO ForReading(PyObject o)
    {
        var f = Open(o);
        return f.Readable ? f : throw IOBase.Unsupported("File not open for reading");
    }

    private static PyObject Read(PyObject[] a, PyDict? k)
    {
        var f = ForReading(a[0]);
        var n = IOBase.Size(a, k, 1, "size");
        return n < 0 ? ReadAll(a, k) : new PyBytes(f.ReadBytes((int)n));
    }

    private static PyObject ReadAll(PyObject[] a, PyDict? k)
    {
        var f = ForReading(a[0]);
        var all = new MemoryStream();
        while (true)
        {
            var chunk = f.ReadBytes(Math.Max(f.BlockSize, 64 * 1024));
            if (chunk.Length == 0)
            {
                return new PyBytes(all.ToArray());
            }
            all.Write(chunk);
        }
    }

    private static PyObject ReadInto(PyObject[] a, PyDict? k)
    {
        var f = ForReading(a[0]);
        var data = f.ReadBytes(IOBase.BufferLength(a[1]));
        IOBase.FillBuffer(a[1], data, data.Length);
        return PyInt.From(data.Length);
    }

    private static PyObject Write(PyObject[] a, PyDict? k)
    {
        var f = Open(a[0]);
        if (!f.Writable)
        {
            throw IOBase.Unsupported("File not open for writing");
        }
        return PyInt.From(f.WriteBytes(IOBase.BytesLike(a[1])));
    }

    private static PyObject Seek(PyObject[] a, PyDict? k)
    {
        var f = Open(a[0]);
        if (a[1] is PyFloat)
        {
            throw Errors.TypeError("an integer is required");
        }
        var whence = Def.Arg(a, k, 2, "whence") is { } w ? (int)Ops.IndexValue(w) : 0;
        return PyInt.From(f.Seek(Ops.IndexValue(a[1]), whence));
    }

    private static PyObject Truncate(PyObject[] a, PyDict? k)
    {
        var f = Open(a[0]);
        if (!f.Writable)
        {
            throw IOBase.Unsupported("File not open for writing");
        }
        var size = Def.Arg(a, k, 1, "size") is { } s and not PyNone ? Ops.IndexValue(s) : f.Seek(0, 1);
        if (Libc.ftruncate(f.Fd, size) < 0)
        {
            throw PosixModule.Fail();
        }
        return PyInt.From(size);
    }

    private static PyObject Seekable(PyObject[] a, PyDict? k)
    {
        var f = Open(a[0]);
        return PyBool.From(f.Host is null && Libc.lseek(f.Fd, 0, 1) >= 0);
    }

    private static PyObject Close(PyObject[] a, PyDict? k)
    {
        var f = Self(a[0]);
        if (!f.BaseClosed)
        {
            f.BaseClosed = true;
            f.Close();
        }
        return PyNone.Instance;
    }

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var f = Self(a[0]);
        if (f.IsClosed)
        {
            return PyStr.From("<_io.FileIO [closed]>");
        }
        var name = f.GetAttribute("name");
        var nameText = name is null ? "" : $"name={Ops.Repr(name)} ";
        return PyStr.From($"<_io.FileIO {nameText}mode='{f.Mode}' closefd={(f.CloseFd ? "True" : "False")}>");
    }
}
