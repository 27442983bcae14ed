using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>An in-memory text stream, kept as code points so positions count as CPython's do.</summary>
public sealed class PyStringIO(PyType type) : PyMemoryStream<int>(type)
{    public bool Initialized;
    public PyObject NewlineArg = PyNone.Instance;
    public bool ReadUniversal;
    public bool ReadTranslate;
    public string? ReadNewline;
    public string? WriteNewline;
    public int SeenNewlines;

    public string Text(int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (Data[i] < 0x10000)
            {
                sb.Append((char)Data[i]);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(Data[i]));
            }
        }
        return sb.ToString();
    }
}

/// <summary>
/// _io.StringIO (Modules/_io/stringio.c): the newline argument's translations (None: \r\n and \r
/// written become \n; '\r' or '\r\n': \n written becomes it; '': nothing translated, lines end at
/// any of them), padding with NULs past the end, CPython's errors.
/// </summary>
public static class StringIO
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = IOBase.ConcreteType("StringIO", [IOBase.TextBase], type => new PyStringIO(type), Init);
        Def.Method(t, "getvalue", (a, k) => { var s = Open(a[0]); return PyStr.From(s.Text(0, s.Length)); });
        Def.Method(t, "read", Read);
        Def.Method(t, "readline", ReadLine);
        Def.Method(t, "write", Write);
        Def.Method(t, "seek", Seek);
        Def.Method(t, "tell", (a, k) => PyInt.From(Open(a[0]).Position));
        Def.Method(t, "truncate", Truncate);
        Def.Method(t, "close", (a, k) => { Self(a[0]).Closed = true; return PyNone.Instance; });
        foreach (var name in new[] { "readable", "writable", "seekable" })
        {
            Def.Method(t, name, (a, k) => { Open(a[0]); return PyBool.True; });
        }
        Def.Slot(t, "__next__", Next);
        IOBase.Getter(t, "closed", (a, k) => PyBool.From(Self(a[0]).Closed));
        IOBase.Getter(t, "line_buffering", (a, k) => { Open(a[0]); return PyBool.False; });
        IOBase.Getter(t, "newlines", Newlines);
        return t;
    }

    private static PyStringIO Self(PyObject o) => o as PyStringIO ?? throw Errors.TypeError($"descriptor requires a '_io.StringIO' object but received a '{o.Type.Name}'");

    private static PyStringIO Open(PyObject o)
    {
        var s = Self(o);
        if (!s.Initialized)
        {
            throw Errors.ValueError("I/O operation on uninitialized object");
        }
        return s.Closed ? throw Errors.ValueError("I/O operation on closed file") : s;
    }

    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var s = Self(a[0]);
        var initial = Def.Arg(a, k, 1, "initial_value");
        var newline = Def.Arg(a, k, 2, "newline") ?? PyStr.From("\n");
        var nl = newline switch
        {
            PyNone => null,
            PyStr str => str.Value,
            _ => throw Errors.TypeError($"newline must be str or None, not {newline.Type.Name}"),
        };
        if (nl is not (null or "" or "\n" or "\r" or "\r\n"))
        {
            throw Errors.ValueError($"illegal newline value: {Ops.Repr(newline)}");
        }
        if (initial is not null and not PyNone and not PyStr)
        {
            throw Errors.TypeError($"initial_value must be str or None, not {initial.Type.Name}");
        }
        s.NewlineArg = newline;
        s.ReadUniversal = string.IsNullOrEmpty(nl);
        s.ReadTranslate = nl is null;
        s.ReadNewline = nl;
        s.WriteNewline = nl is "\r" or "\r\n" ? nl : null;
        s.Data = [];
        s.Length = 0;
        s.Position = 0;
        s.SeenNewlines = 0;
        s.Closed = false;
        s.Initialized = true;
        if (initial is PyStr text && text.Value.Length > 0)
        {
            WriteText(s, text.Value);
            s.Position = 0;
        }
        return PyNone.Instance;
    }

    /// <summary>write_str: the newline translations, then the code points at the position (NUL padding past the end).</summary>
    private static int WriteText(PyStringIO s, string text)
    {
        if (s.ReadUniversal)
        {
            s.SeenNewlines |= PyTextIOWrapper.NewlineKinds(text);
            if (s.ReadTranslate)
            {
                text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            }
        }
        if (s.WriteNewline is not null)
        {
            text = text.Replace("\n", s.WriteNewline);
        }
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                points.Add(text[i]);
            }
        }
        s.Store(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(points));
        return points.Count;
    }

    private static PyObject Write(PyObject[] a, PyDict? k)
    {
        var s = Open(a[0]);
        if (a[1] is not PyStr text)
        {
            throw Errors.TypeError($"string argument expected, got '{a[1].Type.Name}'");
        }
        var n = CodePoints.Count(text.Value);
        if (n > 0)
        {
            WriteText(s, text.Value);
        }
        return PyInt.From(n);
    }

    private static PyObject Read(PyObject[] a, PyDict? k)
    {
        var s = Open(a[0]);
        var n = IOBase.Size(a, k, 1, "size");
        var start = (int)Math.Min(s.Position, s.Length);
        var end = n < 0 ? s.Length : (int)Math.Min(s.Length, start + n);
        s.Position = Math.Max(s.Position, end);
        return PyStr.From(s.Text(start, end));
    }

    /// <summary>The end (exclusive) of the line starting at the position, within <paramref name="limit"/> code points.</summary>
    private static string Line(PyStringIO s, long limit)
    {
        var start = (int)Math.Min(s.Position, s.Length);
        var stop = limit < 0 ? s.Length : (int)Math.Min(s.Length, start + limit);
        var end = stop;
        for (var i = start; i < stop; i++)
        {
            var c = s.Data[i];
            if (s.ReadUniversal && !s.ReadTranslate)
            {
                if (c == '\n' || (c == '\r' && (i + 1 >= stop || s.Data[i + 1] != '\n')))
                {
                    end = i + 1;
                    break;
                }
                if (c == '\r')
                {
                    end = i + 2;
                    break;
                }
            }
            else if (s.ReadNewline is { Length: 2 })
            {
                if (c == '\r' && i + 1 < stop && s.Data[i + 1] == '\n')
                {
                    end = i + 2;
                    break;
                }
            }
            else if (c == (s.ReadNewline is "\r" ? '\r' : '\n'))
            {
                end = i + 1;
                break;
            }
        }
        s.Position = Math.Max(s.Position, end);
        return s.Text(start, end);
    }

    private static PyObject ReadLine(PyObject[] a, PyDict? k)
    {
        var size = Def.Arg(a, k, 1, "size");
        if (size is not null and not PyNone && !Ops.IsInt(size))
        {
            throw Errors.TypeError($"'{size.Type.Name}' object cannot be interpreted as an integer");
        }
        return PyStr.From(Line(Open(a[0]), IOBase.Size(a, k, 1, "size")));
    }

    private static PyObject Next(PyObject[] a, PyDict? k)
    {
        var line = Line(Open(a[0]), -1);
        return line.Length == 0 ? throw Errors.StopIteration(null) : PyStr.From(line);
    }

    private static PyObject Seek(PyObject[] a, PyDict? k)
    {
        var s = Open(a[0]);
        var pos = Ops.IndexValue(Def.Arg(a, k, 1, "pos") ?? throw Errors.TypeError("seek() missing required argument 'pos' (pos 1)"));
        var whence = Def.Arg(a, k, 2, "whence") is { } w ? Ops.IndexValue(w) : 0;
        if (whence is not (0 or 1 or 2))
        {
            throw Errors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
        }
        if (pos < 0 && whence == 0)
        {
            throw Errors.ValueError($"Negative seek position {pos}");
        }
        if (whence != 0 && pos != 0)
        {
            throw Errors.New(TypeObjects.OSError, "Can't do nonzero cur-relative seeks");
        }
        s.Position = whence switch { 1 => s.Position, 2 => s.Length, _ => pos };
        return PyInt.From(s.Position);
    }

    private static PyObject Truncate(PyObject[] a, PyDict? k) => Open(a[0]).Truncate(Def.Arg(a, k, 1, "pos"), "Negative size value");

    private static PyObject Newlines(PyObject[] a, PyDict? k)
    {
        var s = Open(a[0]);
        if (!s.ReadUniversal)
        {
            return PyNone.Instance;
        }
        return PyTextIOWrapper.NewlinesObject(s.SeenNewlines);
    }
}
