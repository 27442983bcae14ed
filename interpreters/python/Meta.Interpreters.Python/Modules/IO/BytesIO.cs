using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>An in-memory binary stream: Length bytes of Data, and a position that may lie past the end.</summary>
public sealed class PyBytesIO(PyType type) : PyMemoryStream<byte>(type)
{
    public ReadOnlySpan<byte> Remaining(long n)
    {
        var start = (int)Math.Min(Position, Length);
        var count = n < 0 ? Length - start : (int)Math.Min(n, Length - start);
        return Data.AsSpan(start, count);
    }
}

/// <summary>_io.BytesIO (Modules/_io/bytesio.c) with CPython's errors; getbuffer() returns a copy, not a live view.</summary>
public static class BytesIO
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = IOBase.ConcreteType("BytesIO", [IOBase.BufferedBase], type => new PyBytesIO(type), Init);
        Def.Method(t, "getvalue", (a, k) => new PyBytes(Open(a[0]).Data.AsSpan(0, Open(a[0]).Length).ToArray()));
        Def.Method(t, "getbuffer", (a, k) => new PyMemoryView(new PyByteArray(Open(a[0]).Data.AsSpan(0, Open(a[0]).Length).ToArray())));
        Def.Method(t, "read", Read);
        Def.Method(t, "read1", Read);
        Def.Method(t, "readinto", ReadInto);
        Def.Method(t, "readline", ReadLine);
        Def.Method(t, "readlines", ReadLines);
        Def.Method(t, "write", Write);
        Def.Method(t, "seek", Seek);
        Def.Method(t, "tell", (a, k) => PyInt.From(Open(a[0]).Position));
        Def.Method(t, "truncate", Truncate);
        Def.Method(t, "flush", (a, k) => { Open(a[0]); return PyNone.Instance; });
        Def.Method(t, "close", (a, k) => { Self(a[0]).Closed = true; return PyNone.Instance; });
        Def.Method(t, "isatty", (a, k) => { Open(a[0]); return PyBool.False; });
        foreach (var name in new[] { "readable", "writable", "seekable" })
        {
            Def.Method(t, name, (a, k) => { Open(a[0]); return PyBool.True; });
        }
        Def.Slot(t, "__next__", Next);
        IOBase.Getter(t, "closed", (a, k) => PyBool.From(Self(a[0]).Closed));
        return t;
    }

    private static PyBytesIO Self(PyObject o) => o as PyBytesIO ?? throw Errors.TypeError($"descriptor requires a '_io.BytesIO' object but received a '{o.Type.Name}'");

    private static PyBytesIO Open(PyObject o)
    {
        var b = Self(o);
        return b.Closed ? throw Errors.ValueError("I/O operation on closed file.") : b;
    }

    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var b = Self(a[0]);
        var initial = Def.Arg(a, k, 1, "initial_bytes");
        b.Data = initial is null or PyNone ? [] : IOBase.BytesLike(initial).ToArray();
        b.Length = b.Data.Length;
        b.Position = 0;
        return PyNone.Instance;
    }

    private static PyObject Read(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0]);
        var data = b.Remaining(IOBase.Size(a, k, 1, "size")).ToArray();
        b.Position = Math.Max(b.Position, Math.Min(b.Position, b.Length) + data.Length);
        return new PyBytes(data);
    }

    private static PyObject ReadInto(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0]);
        var data = b.Remaining(IOBase.BufferLength(a[1])).ToArray();
        IOBase.FillBuffer(a[1], data, data.Length);
        b.Position += data.Length;
        return PyInt.From(data.Length);
    }

    private static byte[] Line(PyBytesIO b, long limit)
    {
        var rest = b.Remaining(limit);
        var nl = rest.IndexOf((byte)'\n');
        var line = (nl >= 0 ? rest[..(nl + 1)] : rest).ToArray();
        b.Position += line.Length;
        return line;
    }

    private static PyObject ReadLine(PyObject[] a, PyDict? k) => new PyBytes(Line(Open(a[0]), IOBase.Size(a, k, 1, "size")));

    private static PyObject ReadLines(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0]);
        var hint = IOBase.Size(a, k, 1, "size");
        var lines = new PyList();
        long total = 0;
        while (Line(b, -1) is { Length: > 0 } line)
        {
            lines.Append(new PyBytes(line));
            total += line.Length;
            if (hint > 0 && total >= hint)
            {
                break;
            }
        }
        return lines;
    }

    private static PyObject Next(PyObject[] a, PyDict? k)
    {
        var line = Line(Open(a[0]), -1);
        return line.Length == 0 ? throw Errors.StopIteration(null) : new PyBytes(line);
    }

    /// <summary>Writes at the position, padding with zero bytes when it lies past the end.</summary>
    private static PyObject Write(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0]);
        var data = IOBase.BytesLike(a[1]);
        if (data.Length == 0)
        {
            return PyInt.From(0);
        }
        b.Store(data);
        return PyInt.From(data.Length);
    }

    private static PyObject Seek(PyObject[] a, PyDict? k)
    {
        var b = Open(a[0]);
        var pos = Ops.IndexValue(Def.Arg(a, k, 1, "pos") ?? throw Errors.TypeError("seek() missing required argument 'pos' (pos 1)"));
        var whence = Def.Arg(a, k, 2, "whence") is { } w ? Ops.IndexValue(w) : 0;
        switch (whence)
        {
            case 0 when pos < 0:
                throw Errors.ValueError($"negative seek value {pos}");
            case 0:
                break;
            case 1:
                pos += b.Position;
                break;
            case 2:
                pos += b.Length;
                break;
            default:
                throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
        b.Position = Math.Max(0, pos);
        return PyInt.From(b.Position);
    }

    private static PyObject Truncate(PyObject[] a, PyDict? k) => Open(a[0]).Truncate(Def.Arg(a, k, 1, "size"), "negative size value");
}
