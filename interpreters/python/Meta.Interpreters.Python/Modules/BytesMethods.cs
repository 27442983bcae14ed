using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The bytes constructor and the bytes methods the standard library calls while importing
/// (Objects/bytesobject.c): bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[,
/// errors]), bytes(bytes-like); decode (Modules/Codecs.cs), join, startswith, endswith.
/// </summary>
public static class BytesMethods
{
    public static void Install()
    {
        var t = TypeObjects.Bytes;
        t.NativeNew = New;
        Def.Method(t, "decode", Decode);
        Def.Method(t, "join", Join);
        Def.Method(t, "startswith", StartsWith);
        Def.Method(t, "endswith", EndsWith);
        Def.Slot(t, "__hash__", Hash);
        Def.Slot(t, "__eq__", Eq);
        Def.Slot(t, "__ne__", Ne);
        Def.Slot(t, "__lt__", Lt);
        Def.Slot(t, "__le__", Le);
        Def.Slot(t, "__gt__", Gt);
        Def.Slot(t, "__ge__", Ge);
    }

    /// <summary>The hash of the bytes' content; as in CPython, an ASCII bytes hashes like the equal str.</summary>
    private static PyObject Hash(PyObject[] a, PyDict? k)
    {
        var b = ((PyBytes)a[0]).Value;
        var chars = new char[b.Length];
        for (var i = 0; i < b.Length; i++)
        {
            chars[i] = (char)b[i];
        }
        return PyInt.From(Ops.Hash(PyStr.From(new string(chars))));
    }

    /// <summary>bytes_richcompare: bytes compare with bytes (and bytearray/memoryview) by content, lexicographically.</summary>
    private static int? CompareTo(PyObject[] a)
    {
        var other = ByteArray.BytesOf(a[1]);
        return other is null ? null : ((PyBytes)a[0]).Value.AsSpan().SequenceCompareTo(other);
    }

    private static PyObject Rich(PyObject[] a, Func<int, bool> test) => CompareTo(a) is { } c ? PyBool.From(test(c)) : PyNotImplemented.Instance;

    private static PyObject Eq(PyObject[] a, PyDict? k) => Rich(a, c => c == 0);

    private static PyObject Ne(PyObject[] a, PyDict? k) => Rich(a, c => c != 0);

    private static PyObject Lt(PyObject[] a, PyDict? k) => Rich(a, c => c < 0);

    private static PyObject Le(PyObject[] a, PyDict? k) => Rich(a, c => c <= 0);

    private static PyObject Gt(PyObject[] a, PyDict? k) => Rich(a, c => c > 0);

    private static PyObject Ge(PyObject[] a, PyDict? k) => Rich(a, c => c >= 0);

    private static PyObject New(PyType type, PyObject[] a, PyDict? k)
    {
        var source = Def.Arg(a, k, 0, "source");
        if (source is null)
        {
            return new PyBytes([]);
        }
        if (source is PyStr s)
        {
            var encoding = Def.Arg(a, k, 1, "encoding") as PyStr ?? throw Errors.TypeError("string argument without an encoding");
            var errors = Def.Arg(a, k, 2, "errors") is PyStr e ? e.Value : "strict";
            return new PyBytes(Codecs.Encode(s.Value, encoding.Value, errors));
        }
        if (Ops.IsInt(source))
        {
            var n = Ops.IndexValue(source);
            return n < 0 ? throw Errors.ValueError("negative count") : new PyBytes(new byte[n]);
        }
        if (ByteArray.BytesOf(source) is { } bytes)
        {
            return new PyBytes([.. bytes]);
        }
        var items = Conversions.ToArray(source);
        var result = new byte[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var v = Ops.IndexValue(items[i]);
            result[i] = v is < 0 or > 255 ? throw Errors.ValueError("bytes must be in range(0, 256)") : (byte)v;
        }
        return new PyBytes(result);
    }

    private static PyObject Decode(PyObject[] a, PyDict? k)
    {
        var encoding = Def.Arg(a, k, 1, "encoding") is PyStr e ? e.Value : "utf-8";
        var errors = Def.Arg(a, k, 2, "errors") is PyStr r ? r.Value : "strict";
        return PyStr.From(Codecs.Decode(((PyBytes)a[0]).Value, encoding, errors));
    }

    private static PyObject Join(PyObject[] a, PyDict? k)
    {
        var sep = ((PyBytes)a[0]).Value;
        var output = new List<byte>();
        var items = Conversions.ToArray(a[1]);
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                output.AddRange(sep);
            }
            output.AddRange(ByteArray.BytesOf(items[i]) ?? throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found"));
        }
        return new PyBytes([.. output]);
    }

    private static bool Affix(PyObject self, PyObject affix, bool start)
    {
        var s = ((PyBytes)self).Value;
        if (affix is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (Affix(self, x, start))
                {
                    return true;
                }
            }
            return false;
        }
        var p = ByteArray.BytesOf(affix) ?? throw Errors.TypeError($"{(start ? "startswith" : "endswith")} first arg must be bytes or a tuple of bytes, not {affix.Type.Name}");
        return p.Length <= s.Length && (start ? s.AsSpan(0, p.Length) : s.AsSpan(s.Length - p.Length)).SequenceEqual(p);
    }

    private static PyObject StartsWith(PyObject[] a, PyDict? k) => PyBool.From(Affix(a[0], a[1], true));

    private static PyObject EndsWith(PyObject[] a, PyDict? k) => PyBool.From(Affix(a[0], a[1], false));
}
