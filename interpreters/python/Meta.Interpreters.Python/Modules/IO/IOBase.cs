using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>
/// An object of an _io type. It is an instance (a map and storage) so that Python subclasses of
/// the io classes, and the objects themselves, carry attributes as CPython's do (_io types have
/// a __dict__); the concrete classes add their native state.
/// </summary>
public class PyIOObject(PyType type) : PyInstance(type)
{
    /// <summary>iobase.c's __IOBase_closed: the closed state of the generic close().</summary>
    public bool BaseClosed;
}

/// <summary>
/// The abstract bases _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase (Modules/_io/iobase.c,
/// bufferedio.c, textio.c). Their methods work through the object's own Python-level methods
/// (readline through read or peek, close through flush...), so that Python subclasses that
/// implement only read/readinto/write get the rest, as io.py's ABCs promise.
/// </summary>
public static class IOBase
{
    /// <summary>A heap type, as PyErr_NewException makes it: io.py sets its __module__.</summary>
    public static readonly PyType UnsupportedOperation = new("UnsupportedOperation", [TypeObjects.OSError, TypeObjects.ValueError], module: "io")
    {
        IsHeapType = true,
        NativeNew = TypeObjects.OSError.NativeNew,
    };

    public static readonly PyType Base = MakeIOBase();
    public static readonly PyType RawBase = MakeRawIOBase();
    public static readonly PyType BufferedBase = MakeBufferedIOBase();
    public static readonly PyType TextBase = MakeTextIOBase();

    public static PyError Unsupported(string message) => Errors.New(UnsupportedOperation, message);

    public static PyError ClosedFile() => Errors.ValueError("I/O operation on closed file");

    /// <summary>Calls a method of the object by name, as the C code's PyObject_CallMethod does.</summary>
    public static PyObject Call(PyObject self, string name, params PyObject[] args) => Ops.Call(Ops.GetAttr(self, name), args);

    public static PyType NewType(string name, PyType[] bases, NativeNew? create = null) =>
        new(name, bases, module: "_io") { NativeNew = create ?? ((t, a, k) => new PyIOObject(t)), InstancesHaveDict = true };

    /// <summary>A concrete _io class: <paramref name="make"/> allocates, <paramref name="init"/> is __init__. The builtin
    /// class's constructor runs __init__ itself (type.__call__ calls it only for subclasses, which may override it).</summary>
    public static PyType ConcreteType(string name, PyType[] bases, Func<PyType, PyObject> make, NativeFunction init)
    {
        var t = NewType(name, bases, (type, a, k) =>
        {
            var o = make(type);
            if (!type.IsHeapType)
            {
                init([o, .. a], k);
            }
            return o;
        });
        Def.Slot(t, "__init__", init);
        return t;
    }

    /// <summary>A read-only property computed natively.</summary>
    public static void Getter(PyType t, string name, NativeFunction getter) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, getter), null, null, PyNone.Instance);

    /// <summary>An optional size argument: None or missing is -1 (_Py_convert_optional_to_ssize_t).</summary>
    public static long Size(PyObject[] a, PyDict? k, int index, string name)
    {
        var v = Def.Arg(a, k, index, name);
        if (v is null or PyNone)
        {
            return -1;
        }
        if (!Ops.IsInt(v) && v.Type.Lookup("__index__") is null)
        {
            throw Errors.TypeError($"argument should be integer or None, not '{v.Type.Name}'");
        }
        return Ops.IndexValue(v);
    }

    /// <summary>The bytes of a bytes-like argument (bytes, bytearray, memoryview).</summary>
    public static byte[] BytesLike(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        PyMemoryView mv => mv.ToArray(),
        _ => throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    /// <summary>Copies data into a writable buffer argument of readinto (bytearray or a memoryview of one).</summary>
    public static void FillBuffer(PyObject target, byte[] data, int count)
    {
        var ba = target switch
        {
            PyByteArray b => b,
            PyMemoryView { Obj: PyByteArray b } => b,
            _ => throw Errors.TypeError($"readinto() argument must be read-write bytes-like object, not {target.Type.Name}"),
        };
        Array.Copy(data, 0, ba.Items, 0, count);
    }

    /// <summary>The length of a writable buffer argument of readinto.</summary>
    public static int BufferLength(PyObject target) => target switch
    {
        PyByteArray b => b.Count,
        PyMemoryView { Obj: PyByteArray b } => b.Count,
        _ => throw Errors.TypeError($"readinto() argument must be read-write bytes-like object, not {target.Type.Name}"),
    };

    private static PyType MakeIOBase()
    {
        var t = NewType("_IOBase", [TypeObjects.Object]);
        foreach (var name in new[] { "seek", "truncate", "fileno" })
        {
            Def.Method(t, name, (a, k) => throw Unsupported(name));
        }
        Def.Method(t, "tell", (a, k) => Call(a[0], "seek", PyInt.From(0), PyInt.From(1)));
        Def.Method(t, "flush", Flush);
        Def.Method(t, "close", Close);
        Def.Method(t, "seekable", False);
        Def.Method(t, "readable", False);
        Def.Method(t, "writable", False);
        Def.Method(t, "isatty", (a, k) => { CheckClosed(a[0]); return PyBool.False; });
        Def.Method(t, "_checkClosed", (a, k) => { CheckClosed(a[0]); return PyNone.Instance; });
        Def.Method(t, "_checkSeekable", (a, k) => Check(a[0], "seekable", "File or stream is not seekable."));
        Def.Method(t, "_checkReadable", (a, k) => Check(a[0], "readable", "File or stream is not readable."));
        Def.Method(t, "_checkWritable", (a, k) => Check(a[0], "writable", "File or stream is not writable."));
        Def.Method(t, "readline", ReadLine);
        Def.Method(t, "readlines", ReadLines);
        Def.Method(t, "writelines", WriteLines);
        Def.Slot(t, "__enter__", (a, k) => { CheckClosed(a[0]); return a[0]; });
        Def.Slot(t, "__exit__", (a, k) => Call(a[0], "close"));
        Def.Slot(t, "__iter__", (a, k) => { CheckClosed(a[0]); return a[0]; });
        Def.Slot(t, "__next__", Next);
        Getter(t, "closed", (a, k) => PyBool.From(((PyIOObject)a[0]).BaseClosed));
        return t;
    }

    private static PyObject False(PyObject[] a, PyDict? k) => PyBool.False;

    /// <summary>iobase_check_closed: reads the closed attribute, which subclasses override.</summary>
    public static void CheckClosed(PyObject self)
    {
        if (Ops.IsTrue(Ops.GetAttr(self, "closed")))
        {
            throw Errors.ValueError("I/O operation on closed file.");
        }
    }

    private static PyObject Check(PyObject self, string method, string message) =>
        Ops.IsTrue(Call(self, method)) ? PyBool.True : throw Unsupported(message);

    private static PyObject Flush(PyObject[] a, PyDict? k)
    {
        CheckClosed(a[0]);
        return PyNone.Instance;
    }

    /// <summary>iobase_close: flush, then mark closed even when flush fails.</summary>
    private static PyObject Close(PyObject[] a, PyDict? k)
    {
        var self = (PyIOObject)a[0];
        if (self.BaseClosed)
        {
            return PyNone.Instance;
        }
        try
        {
            Call(self, "flush");
        }
        finally
        {
            self.BaseClosed = true;
        }
        return PyNone.Instance;
    }

    /// <summary>iobase_readline: through peek when the object has one, else one byte at a time.</summary>
    private static PyObject ReadLine(PyObject[] a, PyDict? k)
    {
        var self = a[0];
        var limit = Size(a, k, 1, "size");
        var peek = Ops.TryGetAttr(self, "peek");
        var line = new List<byte>();
        while (limit < 0 || line.Count < limit)
        {
            var n = 1;
            if (peek is not null)
            {
                var ahead = BytesLike(Ops.Call(peek, [PyInt.From(1)]));
                if (ahead.Length > 0)
                {
                    var nl = Array.IndexOf(ahead, (byte)'\n');
                    n = nl >= 0 ? nl + 1 : ahead.Length;
                    if (limit >= 0)
                    {
                        n = (int)Math.Min(n, limit - line.Count);
                    }
                }
            }
            var chunk = Call(self, "read", PyInt.From(n));
            if (chunk is not PyBytes bytes)
            {
                throw Errors.New(TypeObjects.OSError, $"read() should have returned a bytes object, not '{chunk.Type.Name}'");
            }
            if (bytes.Value.Length == 0)
            {
                break;
            }
            line.AddRange(bytes.Value);
            if (line[^1] == '\n')
            {
                break;
            }
        }
        return new PyBytes([.. line]);
    }

    private static PyObject ReadLines(PyObject[] a, PyDict? k)
    {
        var hint = Size(a, k, 1, "hint");
        var lines = new PyList();
        long total = 0;
        var it = Ops.GetIter(a[0]);
        while (Ops.Next(it) is { } line)
        {
            lines.Append(line);
            total += Ops.Len(line);
            if (hint > 0 && total >= hint)
            {
                break;
            }
        }
        return lines;
    }

    private static PyObject WriteLines(PyObject[] a, PyDict? k)
    {
        CheckClosed(a[0]);
        var write = Ops.GetAttr(a[0], "write");
        var it = Ops.GetIter(a[1]);
        while (Ops.Next(it) is { } line)
        {
            Ops.Call(write, [line]);
        }
        return PyNone.Instance;
    }

    private static PyObject Next(PyObject[] a, PyDict? k)
    {
        var line = Call(a[0], "readline");
        return Ops.Len(line) == 0 ? throw Errors.StopIteration(null) : line;
    }

    private static PyType MakeRawIOBase()
    {
        var t = NewType("_RawIOBase", [Base]);
        Def.Method(t, "read", RawRead);
        Def.Method(t, "readall", RawReadAll);
        Def.Method(t, "readinto", (a, k) => throw Errors.New(TypeObjects.NotImplementedError, ""));
        Def.Method(t, "write", (a, k) => throw Errors.New(TypeObjects.NotImplementedError, ""));
        return t;
    }

    /// <summary>rawiobase_read: through readinto.</summary>
    private static PyObject RawRead(PyObject[] a, PyDict? k)
    {
        var n = Size(a, k, 1, "size");
        if (n < 0)
        {
            return Call(a[0], "readall");
        }
        var buffer = new PyByteArray(new byte[n]);
        var got = Call(a[0], "readinto", buffer);
        if (got is PyNone)
        {
            return got;
        }
        var count = (int)Ops.IndexValue(got);
        if (count < 0 || count > n)
        {
            throw Errors.ValueError($"readinto returned {count} outside buffer size {n}");
        }
        return new PyBytes(buffer.Items.AsSpan(0, count).ToArray());
    }

    private static PyObject RawReadAll(PyObject[] a, PyDict? k)
    {
        var all = new List<byte>();
        while (true)
        {
            var chunk = Call(a[0], "read", PyInt.From(Buffered.DefaultBufferSize));
            if (chunk is PyNone)
            {
                return all.Count == 0 ? chunk : new PyBytes([.. all]);
            }
            var bytes = BytesLike(chunk);
            if (bytes.Length == 0)
            {
                return new PyBytes([.. all]);
            }
            all.AddRange(bytes);
        }
    }

    private static PyType MakeBufferedIOBase()
    {
        var t = NewType("_BufferedIOBase", [Base]);
        foreach (var name in new[] { "read", "read1", "write", "detach" })
        {
            Def.Method(t, name, (a, k) => throw Unsupported(name));
        }
        Def.Method(t, "readinto", (a, k) => ReadInto(a, "read"));
        Def.Method(t, "readinto1", (a, k) => ReadInto(a, "read1"));
        return t;
    }

    /// <summary>bufferediobase_readinto: a read of the buffer's length, copied in.</summary>
    private static PyObject ReadInto(PyObject[] a, string read)
    {
        var data = BytesLike(Call(a[0], read, PyInt.From(BufferLength(a[1]))));
        FillBuffer(a[1], data, data.Length);
        return PyInt.From(data.Length);
    }

    private static PyType MakeTextIOBase()
    {
        var t = NewType("_TextIOBase", [Base]);
        foreach (var name in new[] { "read", "readline", "write", "detach" })
        {
            Def.Method(t, name, (a, k) => throw Unsupported(name));
        }
        foreach (var name in new[] { "encoding", "newlines", "errors" })
        {
            Getter(t, name, (a, k) => PyNone.Instance);
        }
        return t;
    }
}
