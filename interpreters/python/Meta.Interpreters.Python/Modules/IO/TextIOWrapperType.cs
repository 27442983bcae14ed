using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>_io.TextIOWrapper's constructor, methods and properties (Modules/_io/textio.c) over <see cref="PyTextIOWrapper"/>.</summary>
public static class TextIOWrapper
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = IOBase.ConcreteType("TextIOWrapper", [IOBase.TextBase], type => new PyTextIOWrapper(type), Init);
        Def.Method(t, "write", Write);
        Def.Method(t, "read", Read);
        Def.Method(t, "readline", ReadLine);
        Def.Method(t, "flush", Flush);
        Def.Method(t, "close", Close);
        Def.Method(t, "detach", Detach);
        Def.Method(t, "reconfigure", Reconfigure);
        Def.Method(t, "tell", Tell);
        Def.Method(t, "seek", Seek);
        Def.Method(t, "truncate", Truncate);
        Def.Method(t, "fileno", (a, k) => IOBase.Call(Self(a[0]).BufferStream, "fileno"));
        Def.Method(t, "isatty", (a, k) => IOBase.Call(Self(a[0]).BufferStream, "isatty"));
        Def.Method(t, "seekable", (a, k) => { var w = Open(a[0]); return PyBool.From(w.Seekable); });
        Def.Method(t, "readable", (a, k) => IOBase.Call(Open(a[0]).BufferStream, "readable"));
        Def.Method(t, "writable", (a, k) => IOBase.Call(Open(a[0]).BufferStream, "writable"));
        Def.Slot(t, "__next__", Next);
        Def.Slot(t, "__repr__", Repr);
        IOBase.Getter(t, "encoding", (a, k) => PyStr.From(Self(a[0]).Encoding));
        IOBase.Getter(t, "errors", (a, k) => PyStr.From(Self(a[0]).ErrorMode));
        IOBase.Getter(t, "buffer", (a, k) => Self(a[0]).BufferStream);
        IOBase.Getter(t, "line_buffering", (a, k) => PyBool.From(Self(a[0]).LineBuffering));
        IOBase.Getter(t, "write_through", (a, k) => PyBool.From(Self(a[0]).WriteThrough));
        IOBase.Getter(t, "closed", (a, k) => PyBool.From(Self(a[0]).IsClosed));
        IOBase.Getter(t, "name", (a, k) => Ops.GetAttr(Self(a[0]).BufferStream, "name"));
        IOBase.Getter(t, "newlines", Newlines);
        t.Dict["_CHUNK_SIZE"] = new PyProperty(new PyBuiltinFunction("_CHUNK_SIZE", (a, k) => PyInt.From(Self(a[0]).ChunkSize)),
            new PyBuiltinFunction("_CHUNK_SIZE", SetChunkSize), null, PyNone.Instance);
        return t;
    }

    private static PyTextIOWrapper Self(PyObject o) => o as PyTextIOWrapper ?? throw Errors.TypeError($"descriptor requires a '_io.TextIOWrapper' object but received a '{o.Type.Name}'");

    private static PyTextIOWrapper Open(PyObject o)
    {
        var w = Self(o);
        w.CheckOpen();
        return w;
    }

    /// <summary>A text stream over a buffer, for open() and the standard streams.</summary>
    public static PyTextIOWrapper Create(PyObject buffer, PyObject encoding, PyObject errors, PyObject newline, bool lineBuffering, bool writeThrough = false)
    {
        var w = new PyTextIOWrapper(Type);
        Configure(w, buffer, encoding, errors, newline, lineBuffering, writeThrough);
        return w;
    }

    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var w = Self(a[0]);
        var buffer = Def.Arg(a, k, 1, "buffer") ?? throw Errors.TypeError("TextIOWrapper() missing required argument 'buffer' (pos 1)");
        PyObject none = PyNone.Instance;
        Configure(w, buffer, Def.Arg(a, k, 2, "encoding") ?? none, Def.Arg(a, k, 3, "errors") ?? none, Def.Arg(a, k, 4, "newline") ?? none,
            Def.Arg(a, k, 5, "line_buffering") is { } lb && Ops.IsTrue(lb), Def.Arg(a, k, 6, "write_through") is { } wt && Ops.IsTrue(wt));
        return PyNone.Instance;
    }

    private static string OptionalString(PyObject o, string argument, string fallback) => o switch
    {
        PyNone => fallback,
        PyStr s => s.Value,
        _ => throw Errors.TypeError($"TextIOWrapper() argument '{argument}' must be str or None, not {o.Type.Name}"),
    };

    private static void Configure(PyTextIOWrapper w, PyObject buffer, PyObject encoding, PyObject errors, PyObject newline, bool lineBuffering, bool writeThrough)
    {
        var enc = OptionalString(encoding, "encoding", "locale");
        if (enc == "locale")
        {
            enc = IOModule.LocaleEncoding;
        }
        Codecs.Encode("", enc, "strict");
        w.Encoding = enc;
        w.ErrorMode = OptionalString(errors, "errors", "strict");
        SetNewline(w, newline);
        w.Buffer = buffer;
        w.Detached = false;
        w.LineBuffering = lineBuffering;
        w.WriteThrough = writeThrough;
        w.ClearDecoded();
        w.HasDecoder = Ops.IsTrue(IOBase.Call(buffer, "readable"));
        w.Seekable = w.Telling = Ops.IsTrue(IOBase.Call(buffer, "seekable"));
    }

    private static void SetNewline(PyTextIOWrapper w, PyObject newline)
    {
        var nl = newline is PyNone ? null : OptionalString(newline, "newline", "");
        if (nl is not (null or "" or "\n" or "\r" or "\r\n"))
        {
            throw Errors.ValueError($"illegal newline value: {nl}");
        }
        w.NewlineArg = newline;
        w.ReadUniversal = string.IsNullOrEmpty(nl);
        w.ReadTranslate = nl is null;
        w.ReadNewline = string.IsNullOrEmpty(nl) ? "\n" : nl;
        // os.linesep is "\n": translating to it on output is nothing to do.
        w.WriteNewline = nl is "\r" or "\r\n" ? nl : null;
    }

    private static PyObject Write(PyObject[] a, PyDict? k)
    {
        var w = Self(a[0]);
        if (a.Length < 2 || a[1] is not PyStr s)
        {
            throw Errors.TypeError($"write() argument must be str, not {(a.Length < 2 ? "nothing" : a[1].Type.Name)}");
        }
        w.CheckOpen();
        if (!w.Writable())
        {
            throw IOBase.Unsupported("not writable");
        }
        w.Write(s.Value);
        return PyInt.From(CodePoints.Count(s.Value));
    }

    private static PyTextIOWrapper Readable(PyObject o)
    {
        var w = Open(o);
        return w.HasDecoder ? w : throw IOBase.Unsupported("not readable");
    }

    private static PyObject Read(PyObject[] a, PyDict? k)
    {
        var w = Readable(a[0]);
        return PyStr.From(w.Read(IOBase.Size(a, k, 1, "size")));
    }

    private static PyObject ReadLine(PyObject[] a, PyDict? k)
    {
        var w = Readable(a[0]);
        var size = Def.Arg(a, k, 1, "size");
        if (size is not null and not PyNone && !Ops.IsInt(size))
        {
            throw Errors.TypeError($"'{size.Type.Name}' object cannot be interpreted as an integer");
        }
        return PyStr.From(w.ReadLine(IOBase.Size(a, k, 1, "size")));
    }

    private static PyObject Next(PyObject[] a, PyDict? k)
    {
        var w = Readable(a[0]);
        w.Telling = false;
        var line = w.ReadLine(-1);
        if (line.Length == 0)
        {
            w.Telling = w.Seekable;
            throw Errors.StopIteration(null);
        }
        return PyStr.From(line);
    }

    private static PyObject Flush(PyObject[] a, PyDict? k)
    {
        var w = Self(a[0]);
        w.CheckOpen();
        w.Telling = w.Seekable;
        return IOBase.Call(w.BufferStream, "flush");
    }

    /// <summary>textiowrapper_close: flush (its error wins), then close the buffer.</summary>
    private static PyObject Close(PyObject[] a, PyDict? k)
    {
        var w = Self(a[0]);
        if (w.IsClosed)
        {
            return PyNone.Instance;
        }
        try
        {
            IOBase.Call(w, "flush");
        }
        finally
        {
            IOBase.Call(w.BufferStream, "close");
        }
        return PyNone.Instance;
    }

    private static PyObject Detach(PyObject[] a, PyDict? k)
    {
        var w = Self(a[0]);
        var buffer = w.BufferStream;
        IOBase.Call(w, "flush");
        w.Detached = true;
        w.Buffer = null;
        return buffer;
    }

    /// <summary>reconfigure(*, encoding, errors, newline, line_buffering, write_through).</summary>
    private static PyObject Reconfigure(PyObject[] a, PyDict? k)
    {
        var w = Self(a[0]);
        if (a.Length > 1)
        {
            throw Errors.TypeError($"reconfigure() takes 0 positional arguments but {a.Length - 1} were given");
        }
        var encoding = k?.Get("encoding");
        var errors = k?.Get("errors");
        var newline = k?.Get("newline");
        var changesText = encoding is not null and not PyNone || errors is not null and not PyNone || newline is not null;
        if (changesText && (w.DecodedPos < w.Decoded.Length || w.Pending.Length > 0))
        {
            throw IOBase.Unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        IOBase.Call(w, "flush");
        if (encoding is not null and not PyNone)
        {
            var enc = OptionalString(encoding, "encoding", "locale");
            enc = enc == "locale" ? IOModule.LocaleEncoding : enc;
            Codecs.Encode("", enc, "strict");
            w.Encoding = enc;
            w.ErrorMode = errors is null or PyNone ? "strict" : OptionalString(errors, "errors", "strict");
        }
        else if (errors is not null and not PyNone)
        {
            w.ErrorMode = OptionalString(errors, "errors", "strict");
        }
        if (newline is not null)
        {
            SetNewline(w, newline);
        }
        if (k?.Get("line_buffering") is { } lb and not PyNone)
        {
            w.LineBuffering = Ops.IsTrue(lb);
        }
        if (k?.Get("write_through") is { } wt and not PyNone)
        {
            w.WriteThrough = Ops.IsTrue(wt);
        }
        return PyNone.Instance;
    }

    private static PyTextIOWrapper Seekable(PyObject o)
    {
        var w = Open(o);
        return w.Seekable ? w : throw IOBase.Unsupported("underlying stream is not seekable");
    }

    private static PyObject Tell(PyObject[] a, PyDict? k)
    {
        var w = Seekable(a[0]);
        if (!w.Telling)
        {
            throw Errors.New(TypeObjects.OSError, "telling position disabled by next() call");
        }
        IOBase.Call(w, "flush");
        var position = Ops.IndexValue(IOBase.Call(w.BufferStream, "tell"));
        return PyInt.From(w.DecodedPos == 0 && w.ChunkInputLength == 0 ? position : w.Tell(position));
    }

    private static PyObject Seek(PyObject[] a, PyDict? k)
    {
        var w = Open(a[0]);
        var cookie = Def.Arg(a, k, 1, "cookie") ?? throw Errors.TypeError("seek() missing required argument 'cookie' (pos 1)");
        var whence = Def.Arg(a, k, 2, "whence") is { } wh ? Ops.IndexValue(wh) : 0;
        if (!w.Seekable)
        {
            throw IOBase.Unsupported("underlying stream is not seekable");
        }
        switch (whence)
        {
            case 1:
                if (Ops.IndexValue(cookie) != 0)
                {
                    throw IOBase.Unsupported("can't do nonzero cur-relative seeks");
                }
                cookie = IOBase.Call(w, "tell");
                break;
            case 2:
                if (Ops.IndexValue(cookie) != 0)
                {
                    throw IOBase.Unsupported("can't do nonzero end-relative seeks");
                }
                IOBase.Call(w, "flush");
                w.ClearDecoded();
                return IOBase.Call(w.BufferStream, "seek", PyInt.From(0), PyInt.From(2));
            case not 0:
                throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
        var position = Ops.IndexValue(cookie);
        if (position < 0)
        {
            throw Errors.ValueError($"negative seek position {position}");
        }
        IOBase.Call(w, "flush");
        IOBase.Call(w.BufferStream, "seek", PyInt.From(position));
        w.ClearDecoded();
        return PyInt.From(position);
    }

    private static PyObject Truncate(PyObject[] a, PyDict? k)
    {
        var w = Open(a[0]);
        IOBase.Call(w, "flush");
        var pos = Def.Arg(a, k, 1, "pos") is { } p and not PyNone ? p : IOBase.Call(w, "tell");
        return IOBase.Call(w.BufferStream, "truncate", pos);
    }

    private static PyObject Newlines(PyObject[] a, PyDict? k)
    {
        var w = Self(a[0]);
        return PyTextIOWrapper.NewlinesObject(w.SeenNewlines);
    }

    private static PyObject SetChunkSize(PyObject[] a, PyDict? k)
    {
        var n = Ops.IndexValue(a[1]);
        Self(a[0]).ChunkSize = n > 0 ? (int)n : throw Errors.ValueError("a strictly positive integer is required");
        return PyNone.Instance;
    }

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var w = Self(a[0]);
        var text = "<_io.TextIOWrapper";
        foreach (var attr in new[] { "name", "mode" })
        {
            try
            {
                if (Ops.TryGetAttr(w, attr) is { } v)
                {
                    text += $" {attr}={Ops.Repr(v)}";
                }
            }
            catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ValueError))
            {
                // textiowrapper_repr: a detached stream shows no name.
            }
        }
        return PyStr.From(text + $" encoding='{w.Encoding}'>");
    }
}
