using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>_io.BufferedRWPair (bufferedio.c): a reader and a writer over two raw streams, used as one.</summary>
public sealed class PyBufferedPair(PyType type) : PyIOObject(type)
{
    public PyBuffered? Reader;
    public PyBuffered? Writer;
}

public static class BufferedRWPair
{
    public static PyType MakeType()
    {
        var t = IOBase.ConcreteType("BufferedRWPair", [IOBase.BufferedBase], type => new PyBufferedPair(type), Init);
        foreach (var name in new[] { "read", "peek", "read1", "readinto", "readinto1", "readable" })
        {
            Def.Method(t, name, (a, k) => Ops.Call(Ops.GetAttr(Pair(a[0]).Reader!, name), a[1..], k));
        }
        foreach (var name in new[] { "write", "flush", "writable" })
        {
            Def.Method(t, name, (a, k) => Ops.Call(Ops.GetAttr(Pair(a[0]).Writer!, name), a[1..], k));
        }
        Def.Method(t, "isatty", (a, k) => PyBool.From(Ops.IsTrue(IOBase.Call(Pair(a[0]).Writer!, "isatty")) || Ops.IsTrue(IOBase.Call(Pair(a[0]).Reader!, "isatty"))));
        Def.Method(t, "close", Close);
        IOBase.Getter(t, "closed", (a, k) => Ops.GetAttr(Pair(a[0]).Writer!, "closed"));
        return t;
    }

    private static PyBufferedPair Pair(PyObject o) => o as PyBufferedPair is { Reader: not null } p ? p : throw Errors.ValueError("I/O operation on uninitialized object");

    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var p = (PyBufferedPair)a[0];
        var reader = Def.Arg(a, k, 1, "reader") ?? throw Errors.TypeError("BufferedRWPair() missing required argument 'reader' (pos 1)");
        var writer = Def.Arg(a, k, 2, "writer") ?? throw Errors.TypeError("BufferedRWPair() missing required argument 'writer' (pos 2)");
        var size = Def.Arg(a, k, 3, "buffer_size") is { } s ? (int)Ops.IndexValue(s) : Buffered.DefaultBufferSize;
        p.Reader = Buffered.Create(Buffered.ReaderType, reader, size);
        p.Writer = Buffered.Create(Buffered.WriterType, writer, size);
        return PyNone.Instance;
    }

    /// <summary>bufferedrwpair_close: the writer first; the reader is closed even when that fails.</summary>
    private static PyObject Close(PyObject[] a, PyDict? k)
    {
        var p = Pair(a[0]);
        try
        {
            IOBase.Call(p.Writer!, "close");
        }
        finally
        {
            IOBase.Call(p.Reader!, "close");
        }
        return PyNone.Instance;
    }
}
