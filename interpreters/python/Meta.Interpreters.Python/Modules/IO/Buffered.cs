using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>
/// A buffered stream over a raw one (Modules/_io/bufferedio.c): a read buffer (Read..ReadEnd) and a
/// write buffer (WriteLength bytes not yet given to the raw stream). The raw stream is called
/// directly when it is a native FileIO, through its Python methods otherwise.
/// </summary>
public sealed class PyBuffered(PyType type) : PyIOObject(type)
{
    private PyObject? _raw;
    private PyFileIO? _nativeRaw;

    /// <summary>The raw stream; a native FileIO is remembered and called directly.</summary>
    public PyObject? Raw
    {
        get => _raw;
        set
        {
            _raw = value;
            _nativeRaw = value is PyFileIO { Type: var t } f && t == FileIO.Type ? f : null;
        }
    }
    public bool CanRead;
    public bool CanWrite;
    public int BufferSize = Buffered.DefaultBufferSize;
    public byte[] ReadBuffer = [];
    public int ReadPos;
    public int ReadEnd;
    public byte[] WriteBuffer = [];
    public int WriteLength;
    public bool Detached;

    /// <summary>In <see cref="Buffered"/>'s list of writers with unflushed data.</summary>
    public bool Pending;

    public PyObject RawStream => Detached ? throw Errors.ValueError("raw stream has been detached") : Raw ?? throw Errors.ValueError("I/O operation on uninitialized object");

    private PyFileIO? NativeRaw => _nativeRaw;

    public bool IsClosed => NativeRaw is { } f ? f.IsClosed : Ops.IsTrue(Ops.GetAttr(RawStream, "closed"));

    public void CheckOpen(string? operation = null)
    {
        if (IsClosed)
        {
            throw Errors.ValueError(operation is null ? "I/O operation on closed file" : $"{operation} of closed file");
        }
    }

    /// <summary>Appends to the write buffer, handing full buffers to the raw stream.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        if (ReadEnd > ReadPos)
        {
            // Writing after buffered reads: the raw position must first go back to the logical one.
            RawSeek(ReadPos - ReadEnd, 1);
        }
        ReadPos = ReadEnd = 0;
        if (WriteLength + data.Length > BufferSize)
        {
            FlushWrites();
            if (data.Length >= BufferSize)
            {
                RawWriteAll(data);
                return;
            }
        }
        if (WriteBuffer.Length < BufferSize)
        {
            Array.Resize(ref WriteBuffer, BufferSize);
        }
        data.CopyTo(WriteBuffer.AsSpan(WriteLength));
        WriteLength += data.Length;
        Buffered.MarkPending(this);
    }

    /// <summary>The write fast path of text streams: UTF-8 encoded straight into the write buffer when it fits.</summary>
    public bool TryWriteUtf8(string text)
    {
        if (ReadEnd > ReadPos || WriteLength + text.Length * 3 > BufferSize)
        {
            return false;
        }
        if (WriteBuffer.Length < BufferSize)
        {
            Array.Resize(ref WriteBuffer, BufferSize);
        }
        WriteLength += System.Text.Encoding.UTF8.GetBytes(text, WriteBuffer.AsSpan(WriteLength));
        Buffered.MarkPending(this);
        return true;
    }

    public void FlushWrites()
    {
        if (WriteLength == 0)
        {
            return;
        }
        var n = WriteLength;
        WriteLength = 0;
        RawWriteAll(WriteBuffer.AsSpan(0, n));
    }

    public void Flush()
    {
        FlushWrites();
        NativeRaw?.FlushHost();
    }

    private void RawWriteAll(ReadOnlySpan<byte> data)
    {
        if (NativeRaw is { } f)
        {
            f.WriteBytes(data);
            return;
        }
        var done = 0;
        while (done < data.Length)
        {
            var r = IOBase.Call(RawStream, "write", new PyBytes(data[done..].ToArray()));
            if (r is PyNone)
            {
                throw new PyException(TypeObjects.BlockingIOError, PyTuple.Of(PyInt.From(11), PyStr.From("write could not complete without blocking"), PyInt.From(done))).ToError();
            }
            var n = (int)Ops.IndexValue(r);
            if (n < 0 || n > data.Length - done)
            {
                throw Errors.New(TypeObjects.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {data.Length - done})");
            }
            done += n;
        }
    }

    /// <summary>One raw read of at most <paramref name="count"/> bytes; null when the raw stream would block.</summary>
    public byte[]? RawRead(int count)
    {
        if (NativeRaw is { } f)
        {
            return f.ReadBytes(count);
        }
        var buffer = new PyByteArray(new byte[count]);
        var r = IOBase.Call(RawStream, "readinto", buffer);
        if (r is PyNone)
        {
            return null;
        }
        var n = (int)Ops.IndexValue(r);
        if (n < 0 || n > count)
        {
            throw Errors.New(TypeObjects.OSError, $"raw readinto() returned invalid length {n} (should have been between 0 and {count})");
        }
        return buffer.Items.AsSpan(0, n).ToArray();
    }

    public long RawSeek(long pos, int whence)
    {
        if (NativeRaw is { } f)
        {
            return f.Seek(pos, whence);
        }
        var r = Ops.IndexValue(IOBase.Call(RawStream, "seek", PyInt.From(pos), PyInt.From(whence)));
        return r < 0 ? throw Errors.New(TypeObjects.OSError, $"Raw stream returned invalid position {r}") : r;
    }

    /// <summary>Fills the read buffer when it is empty; false at end of file (or when the raw stream would block).</summary>
    public bool Fill()
    {
        if (ReadPos < ReadEnd)
        {
            return true;
        }
        FlushWrites();
        var data = RawRead(BufferSize);
        if (data is null || data.Length == 0)
        {
            ReadPos = ReadEnd = 0;
            return false;
        }
        ReadBuffer = data;
        ReadPos = 0;
        ReadEnd = data.Length;
        return true;
    }

    /// <summary>read(n): n &lt; 0 reads to the end; otherwise until n bytes or end of file.</summary>
    public byte[] Read(long n)
    {
        var result = new MemoryStream();
        result.Write(ReadBuffer, ReadPos, Math.Min(ReadEnd - ReadPos, n < 0 ? int.MaxValue : (int)n));
        ReadPos += (int)result.Length;
        if (n < 0)
        {
            FlushWrites();
            ReadPos = ReadEnd = 0;
            while (RawRead(Math.Max(BufferSize, 64 * 1024)) is { Length: > 0 } chunk)
            {
                result.Write(chunk);
            }
            return result.ToArray();
        }
        while (result.Length < n && Fill())
        {
            var take = (int)Math.Min(ReadEnd - ReadPos, n - result.Length);
            result.Write(ReadBuffer, ReadPos, take);
            ReadPos += take;
        }
        return result.ToArray();
    }

    /// <summary>read1(n): the buffered bytes, or one raw read when the buffer is empty.</summary>
    public byte[] Read1(long n)
    {
        if (n < 0)
        {
            n = BufferSize;
        }
        if (n == 0 || !Fill())
        {
            return [];
        }
        var take = (int)Math.Min(ReadEnd - ReadPos, n);
        var result = ReadBuffer.AsSpan(ReadPos, take).ToArray();
        ReadPos += take;
        return result;
    }

    public byte[] ReadLine(long limit)
    {
        var line = new MemoryStream();
        while ((limit < 0 || line.Length < limit) && Fill())
        {
            var available = ReadEnd - ReadPos;
            if (limit >= 0)
            {
                available = (int)Math.Min(available, limit - line.Length);
            }
            var nl = Array.IndexOf(ReadBuffer, (byte)'\n', ReadPos, available);
            var take = nl >= 0 ? nl - ReadPos + 1 : available;
            line.Write(ReadBuffer, ReadPos, take);
            ReadPos += take;
            if (nl >= 0)
            {
                break;
            }
        }
        return line.ToArray();
    }

    public long Tell()
    {
        var pos = RawSeek(0, 1) - (ReadEnd - ReadPos) + WriteLength;
        return pos < 0 ? 0 : pos;
    }

    public long Seek(long pos, int whence)
    {
        if (whence is < 0 or > 2)
        {
            throw Errors.ValueError($"whence value {whence} unsupported");
        }
        FlushWrites();
        if (whence == 1)
        {
            pos -= ReadEnd - ReadPos;
        }
        ReadPos = ReadEnd = 0;
        return RawSeek(pos, whence);
    }
}

/// <summary>
/// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair (Modules/_io/bufferedio.c).
/// Writers with unflushed data are kept in a list and flushed at exit and before a file is opened,
/// since .NET has no reference counting to flush a file the program dropped (as CPython's dealloc does).
/// </summary>
public static class Buffered
{
    public const int DefaultBufferSize = 8192;

    public static readonly PyType ReaderType = MakeType("BufferedReader", read: true, write: false);
    public static readonly PyType WriterType = MakeType("BufferedWriter", read: false, write: true);
    public static readonly PyType RandomType = MakeType("BufferedRandom", read: true, write: true);
    public static readonly PyType RWPairType = BufferedRWPair.MakeType();

    private static readonly HashSet<PyBuffered> Pending = [];

    public static void MarkPending(PyBuffered b)
    {
        if (!b.Pending)
        {
            b.Pending = true;
            Pending.Add(b);
        }
    }

    /// <summary>Writes out every writer's buffered data (at exit, and before another file is opened).</summary>
    public static void FlushPendingWriters()
    {
        foreach (var b in Pending.ToArray())
        {
            Pending.Remove(b);
            b.Pending = false;
            if (!b.Detached && b.Raw is not null && !b.IsClosed)
            {
                b.FlushWrites();
            }
        }
    }

    private static PyType MakeType(string name, bool read, bool write)
    {
        var t = IOBase.ConcreteType(name, [IOBase.BufferedBase], type => new PyBuffered(type), (a, k) => Init(a, k, read, write));
        Def.Method(t, "detach", Detach);
        Def.Method(t, "flush", Flush);
        Def.Method(t, "close", Close);
        Def.Method(t, "seek", Seek);
        Def.Method(t, "tell", (a, k) => PyInt.From(Self(a[0]).Tell()));
        Def.Method(t, "truncate", Truncate);
        Def.Method(t, "fileno", (a, k) => IOBase.Call(Self(a[0]).RawStream, "fileno"));
        Def.Method(t, "isatty", (a, k) => IOBase.Call(Self(a[0]).RawStream, "isatty"));
        Def.Method(t, "seekable", (a, k) => IOBase.Call(Self(a[0]).RawStream, "seekable"));
        Def.Method(t, "_dealloc_warn", (a, k) => PyNone.Instance);
        if (read)
        {
            Def.Method(t, "readable", (a, k) => IOBase.Call(Self(a[0]).RawStream, "readable"));
            Def.Method(t, "read", Read);
            Def.Method(t, "read1", Read1);
            Def.Method(t, "readinto", (a, k) => ReadInto(a, false));
            Def.Method(t, "readinto1", (a, k) => ReadInto(a, true));
            Def.Method(t, "peek", Peek);
            Def.Method(t, "readline", ReadLine);
            Def.Slot(t, "__next__", Next);
        }
        if (write)
        {
            Def.Method(t, "writable", (a, k) => IOBase.Call(Self(a[0]).RawStream, "writable"));
            Def.Method(t, "write", Write);
        }
        Def.Slot(t, "__repr__", (a, k) => Repr(a[0]));
        IOBase.Getter(t, "raw", (a, k) => Self(a[0]).RawStream);
        IOBase.Getter(t, "closed", (a, k) => PyBool.From(Self(a[0]).IsClosed));
        IOBase.Getter(t, "name", (a, k) => Ops.GetAttr(Self(a[0]).RawStream, "name"));
        IOBase.Getter(t, "mode", (a, k) => Ops.GetAttr(Self(a[0]).RawStream, "mode"));
        return t;
    }

    private static PyBuffered Self(PyObject o) => o as PyBuffered ?? throw Errors.TypeError($"descriptor requires a buffered object but received a '{o.Type.Name}'");

    private static PyBuffered Open(PyObject o, string? operation = null)
    {
        var b = Self(o);
        b.CheckOpen(operation);
        return b;
    }

    /// <summary>A buffered stream over a raw one, for open() and the standard streams.</summary>
    public static PyBuffered Create(PyType type, PyObject raw, int bufferSize)
    {
        var b = new PyBuffered(type);
        Init([b, raw, PyInt.From(bufferSize)], null, type != WriterType, type != ReaderType);
        return b;
    }

    private static PyObject Init(PyObject[] a, PyDict? k, bool read, bool write)
    {
        var b = Self(a[0]);
        var raw = Def.Arg(a, k, 1, "raw") ?? throw Errors.TypeError($"{b.Type.Name}() missing required argument 'raw' (pos 1)");
        var size = Def.Arg(a, k, 2, "buffer_size") is { } s ? Ops.IndexValue(s) : DefaultBufferSize;
        if (read && !Ops.IsTrue(IOBase.Call(raw, "readable")))
        {
            throw IOBase.Unsupported("File or stream is not readable.");
        }
        if (write && !Ops.IsTrue(IOBase.Call(raw, "writable")))
        {
            throw IOBase.Unsupported("File or stream is not writable.");
        }
        if (read && write && !Ops.IsTrue(IOBase.Call(raw, "seekable")))
        {
            throw IOBase.Unsupported("File or stream is not seekable.");
        }
        if (size <= 0)
        {
            throw Errors.ValueError("buffer size must be strictly positive");
        }
        b.Raw = raw;
        b.CanRead = read;
        b.CanWrite = write;
        b.BufferSize = (int)size;
        b.Detached = false;
        return PyNone.Instance;
    }

    private static PyObject Detach(PyObject[] a, PyDict? k)
    {
        var b = Self(a[0]);
        var raw = b.RawStream;
        IOBase.Call(b, "flush");
        b.Detached = true;
        b.Raw = null;
        return raw;
    }

    private static PyObject Flush(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0], "flush");
        if (b.CanWrite)
        {
            b.Flush();
            if (b.Raw is not PyFileIO)
            {
                IOBase.Call(b.RawStream, "flush");
            }
        }
        return PyNone.Instance;
    }

    /// <summary>buffered_close: flush (its error wins over close's), then close the raw stream.</summary>
    private static PyObject Close(PyObject[] a, PyDict? k)
    {
        var b = Self(a[0]);
        if (b.IsClosed)
        {
            return PyNone.Instance;
        }
        try
        {
            IOBase.Call(b, "flush");
        }
        finally
        {
            IOBase.Call(b.RawStream, "close");
            b.ReadPos = b.ReadEnd = 0;
        }
        return PyNone.Instance;
    }

    private static PyObject Seek(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0], "seek");
        if (a.Length < 2 || a[1] is PyFloat)
        {
            throw Errors.TypeError("an integer is required");
        }
        var whence = Def.Arg(a, k, 2, "whence") is { } w ? (int)Ops.IndexValue(w) : 0;
        return PyInt.From(b.Seek(Ops.IndexValue(a[1]), whence));
    }

    private static PyObject Truncate(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0], "truncate");
        if (!b.CanWrite)
        {
            throw IOBase.Unsupported("truncate");
        }
        b.FlushWrites();
        var pos = Def.Arg(a, k, 1, "pos") is { } p and not PyNone ? p : PyInt.From(b.Tell());
        b.Seek(b.Tell(), 0);
        return IOBase.Call(b.RawStream, "truncate", pos);
    }

    private static PyObject Read(PyObject[] a, PyDict? k)
    {
        var n = IOBase.Size(a, k, 1, "size");
        if (n < -1)
        {
            throw Errors.ValueError("read length must be non-negative or -1");
        }
        return new PyBytes(Open(a[0], "read").Read(n));
    }

    private static PyObject Read1(PyObject[] a, PyDict? k) => new PyBytes(Open(a[0], "read").Read1(IOBase.Size(a, k, 1, "size")));

    private static PyObject ReadInto(PyObject[] a, bool one)
    {
        var b = Open(a[0], "readinto");
        var n = IOBase.BufferLength(a[1]);
        var data = one ? b.Read1(n) : b.Read(n);
        IOBase.FillBuffer(a[1], data, data.Length);
        return PyInt.From(data.Length);
    }

    private static PyObject Peek(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0], "peek");
        b.Fill();
        return new PyBytes(b.ReadBuffer.AsSpan(b.ReadPos, b.ReadEnd - b.ReadPos).ToArray());
    }

    private static PyObject ReadLine(PyObject[] a, PyDict? k) => new PyBytes(Open(a[0], "readline").ReadLine(IOBase.Size(a, k, 1, "size")));

    private static PyObject Next(PyObject[] a, PyDict? k)
    {
        var line = Open(a[0], "readline").ReadLine(-1);
        return line.Length == 0 ? throw Errors.StopIteration(null) : new PyBytes(line);
    }

    private static PyObject Write(PyObject[] a, PyDict? k)
    {
        var b = Self(a[0]);
        if (b.IsClosed)
        {
            throw Errors.ValueError("write to closed file");
        }
        var data = IOBase.BytesLike(a[1]);
        b.Write(data);
        return PyInt.From(data.Length);
    }

    private static PyObject Repr(PyObject self)
    {
        PyObject? name;
        try
        {
            name = Ops.TryGetAttr(self, "name");
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ValueError))
        {
            // buffered_repr: a detached or uninitialized stream has no name to show.
            name = null;
        }
        return PyStr.From(name is null ? $"<{self.Type.FullName}>" : $"<{self.Type.FullName} name={Ops.Repr(name)}>");
    }
}
