using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>A bytearray: a mutable sequence of bytes (Objects/bytearrayobject.c).</summary>
public sealed class PyByteArray(List<byte> data) : PyObject
{
    public readonly List<byte> Data = data;

    public override PyType Type => ByteArray.Type;
}

/// <summary>
/// builtins.bytearray, the core of Objects/bytearrayobject.c: construction (from nothing, a size,
/// bytes-like objects, iterables of ints, or a str with an encoding), iteration, len, indexing,
/// item assignment, append, extend, pop, clear, decode, comparison with bytes-likes, repr. Other
/// methods are not written yet and are missing attributes.
/// </summary>
public static class ByteArray
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("bytearray", [TypeObjects.Object]) { NativeNew = New };
        Def.Slot(t, "__iter__", Iter);
        Def.Slot(t, "__len__", Len);
        Def.Slot(t, "__getitem__", GetItem);
        Def.Slot(t, "__setitem__", SetItem);
        Def.Slot(t, "__eq__", Eq);
        Def.Slot(t, "__repr__", Repr);
        Def.Slot(t, "__contains__", Contains);
        t.Dict["__hash__"] = PyNone.Instance;
        Def.Method(t, "append", Append);
        Def.Method(t, "extend", Extend);
        Def.Method(t, "pop", Pop);
        Def.Method(t, "clear", Clear);
        Def.Method(t, "decode", Decode);
        Def.Method(t, "copy", Copy);
        return t;
    }

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview), or null.</summary>
    public static byte[]? BytesOf(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => [.. ba.Data],
        PyMemoryView mv => mv.ToArray(),
        _ => null,
    };

    private static byte ByteValue(PyObject o)
    {
        var v = Ops.IndexValue(o);
        return v is < 0 or > 255 ? throw Errors.ValueError("byte must be in range(0, 256)") : (byte)v;
    }

    private static PyObject New(PyType type, PyObject[] a, PyDict? k)
    {
        var data = new List<byte>();
        var source = Def.Arg(a, k, 0, "source");
        if (source is null)
        {
            return new PyByteArray(data);
        }
        if (source is PyStr s)
        {
            var encoding = Def.Arg(a, k, 1, "encoding") ?? throw Errors.TypeError("string argument without an encoding");
            data.AddRange(Codecs.Encode(s.Value, ((PyStr)encoding).Value, "strict"));
        }
        else if (Ops.IsInt(source))
        {
            var n = Ops.IndexValue(source);
            if (n < 0)
            {
                throw Errors.ValueError("negative count");
            }
            data.AddRange(new byte[n]);
        }
        else if (BytesOf(source) is { } bytes)
        {
            data.AddRange(bytes);
        }
        else
        {
            foreach (var item in Conversions.ToArray(source))
            {
                data.Add(ByteValue(item));
            }
        }
        return new PyByteArray(data);
    }

    private static PyByteArray Self(PyObject o) => (PyByteArray)o;

    private static PyObject Iter(PyObject[] a, PyDict? k)
    {
        var items = new PyObject[Self(a[0]).Data.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = PyInt.From(Self(a[0]).Data[i]);
        }
        return Ops.GetIter(new PyList(items));
    }

    private static PyObject Len(PyObject[] a, PyDict? k) => PyInt.From(Self(a[0]).Data.Count);

    private static int Index(PyByteArray self, PyObject key)
    {
        var i = Ops.IndexValue(key);
        if (i < 0)
        {
            i += self.Data.Count;
        }
        return i < 0 || i >= self.Data.Count ? throw Errors.IndexError("bytearray index out of range") : (int)i;
    }

    private static PyObject GetItem(PyObject[] a, PyDict? k)
    {
        var self = Self(a[0]);
        if (a[1] is PySlice)
        {
            var slice = Ops.GetItem(new PyBytes([.. self.Data]), a[1]);
            return new PyByteArray([.. ((PyBytes)slice).Value]);
        }
        return PyInt.From(self.Data[Index(self, a[1])]);
    }

    private static PyObject SetItem(PyObject[] a, PyDict? k)
    {
        var self = Self(a[0]);
        self.Data[Index(self, a[1])] = ByteValue(a[2]);
        return PyNone.Instance;
    }

    private static PyObject Eq(PyObject[] a, PyDict? k)
    {
        var other = BytesOf(a[1]);
        if (other is null)
        {
            return PyNotImplemented.Instance;
        }
        var self = Self(a[0]).Data;
        if (self.Count != other.Length)
        {
            return PyBool.False;
        }
        for (var i = 0; i < other.Length; i++)
        {
            if (self[i] != other[i])
            {
                return PyBool.False;
            }
        }
        return PyBool.True;
    }

    private static PyObject Repr(PyObject[] a, PyDict? k) =>
        PyStr.From("bytearray(" + Ops.Repr(new PyBytes([.. Self(a[0]).Data])) + ")");

    private static PyObject Contains(PyObject[] a, PyDict? k) => PyBool.From(Self(a[0]).Data.Contains(ByteValue(a[1])));

    private static PyObject Append(PyObject[] a, PyDict? k)
    {
        Self(a[0]).Data.Add(ByteValue(a[1]));
        return PyNone.Instance;
    }

    private static PyObject Extend(PyObject[] a, PyDict? k)
    {
        var self = Self(a[0]);
        if (BytesOf(a[1]) is { } bytes)
        {
            self.Data.AddRange(bytes);
            return PyNone.Instance;
        }
        foreach (var item in Conversions.ToArray(a[1]))
        {
            self.Data.Add(ByteValue(item));
        }
        return PyNone.Instance;
    }

    private static PyObject Pop(PyObject[] a, PyDict? k)
    {
        var self = Self(a[0]);
        if (self.Data.Count == 0)
        {
            throw Errors.IndexError("pop from empty bytearray");
        }
        var i = a.Length > 1 ? Index(self, a[1]) : self.Data.Count - 1;
        var v = self.Data[i];
        self.Data.RemoveAt(i);
        return PyInt.From(v);
    }

    private static PyObject Clear(PyObject[] a, PyDict? k)
    {
        Self(a[0]).Data.Clear();
        return PyNone.Instance;
    }

    private static PyObject Copy(PyObject[] a, PyDict? k) => new PyByteArray([.. Self(a[0]).Data]);

    private static PyObject Decode(PyObject[] a, PyDict? k)
    {
        var encoding = Def.Arg(a, k, 1, "encoding") is PyStr e ? e.Value : "utf-8";
        var errors = Def.Arg(a, k, 2, "errors") is PyStr r ? r.Value : "strict";
        return PyStr.From(Codecs.Decode([.. Self(a[0]).Data], encoding, errors));
    }
}
