using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>A memoryview over a bytes or bytearray object (format 'B', one dimension).</summary>
public sealed class PyMemoryView(PyObject obj) : PyObject
{
    public readonly PyObject Obj = obj;
    public bool Released;

    public override PyType Type => MemoryView.Type;

    public byte[] ToArray() => Released ? throw Errors.ValueError("operation forbidden on released memoryview object") :
        Obj is PyBytes b ? b.Value : ((PyByteArray)Obj).ToArray();
}

/// <summary>
/// builtins.memoryview for the byte formats (Objects/memoryobject.c): len, indexing, tobytes,
/// tolist, release, the context-manager protocol, readonly/nbytes/obj. Views of other buffer
/// exporters, slicing into sub-views and casts are not written yet.
/// </summary>
public static class MemoryView
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("memoryview", [TypeObjects.Object]) { NativeNew = New };
        Def.Slot(t, "__len__", Len);
        Def.Slot(t, "__getitem__", GetItem);
        Def.Slot(t, "__eq__", Eq);
        Def.Slot(t, "__enter__", Enter);
        Def.Slot(t, "__exit__", Exit);
        Def.Method(t, "tobytes", ToBytes);
        Def.Method(t, "tolist", ToList);
        Def.Method(t, "release", Release);
        t.Dict["readonly"] = Property("readonly", ReadOnly);
        t.Dict["nbytes"] = Property("nbytes", Len);
        t.Dict["obj"] = Property("obj", Obj);
        return t;
    }

    private static PyProperty Property(string name, NativeFunction getter) => new(new PyBuiltinFunction(name, getter), null, null, PyNone.Instance);

    private static PyObject New(PyType type, PyObject[] a, PyDict? k)
    {
        var obj = Def.Arg(a, k, 0, "object") ?? throw Errors.TypeError("memoryview() missing required argument 'object' (pos 1)");
        return obj switch
        {
            PyBytes or PyByteArray => new PyMemoryView(obj),
            PyMemoryView mv => new PyMemoryView(mv.Obj),
            _ => throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'"),
        };
    }

    private static PyMemoryView Self(PyObject o) => (PyMemoryView)o;

    private static PyObject Len(PyObject[] a, PyDict? k) => PyInt.From(Self(a[0]).ToArray().Length);

    private static PyObject GetItem(PyObject[] a, PyDict? k)
    {
        var data = Self(a[0]).ToArray();
        var i = Ops.IndexValue(a[1]);
        if (i < 0)
        {
            i += data.Length;
        }
        return i < 0 || i >= data.Length ? throw Errors.IndexError("index out of bounds on dimension 1") : PyInt.From(data[i]);
    }

    private static PyObject Eq(PyObject[] a, PyDict? k)
    {
        var other = BytesMethods.BytesLike(a[1]);
        return other is null ? PyNotImplemented.Instance : PyBool.From(Self(a[0]).ToArray().AsSpan().SequenceEqual(other));
    }

    private static PyObject Enter(PyObject[] a, PyDict? k) => a[0];

    private static PyObject Exit(PyObject[] a, PyDict? k)
    {
        Self(a[0]).Released = true;
        return PyBool.False;
    }

    private static PyObject ToBytes(PyObject[] a, PyDict? k) => new PyBytes(Self(a[0]).ToArray());

    private static PyObject ToList(PyObject[] a, PyDict? k)
    {
        var list = new PyList();
        foreach (var b in Self(a[0]).ToArray())
        {
            list.Append(PyInt.From(b));
        }
        return list;
    }

    private static PyObject Release(PyObject[] a, PyDict? k)
    {
        Self(a[0]).Released = true;
        return PyNone.Instance;
    }

    private static PyObject ReadOnly(PyObject[] a, PyDict? k) => PyBool.From(Self(a[0]).Obj is PyBytes);

    private static PyObject Obj(PyObject[] a, PyDict? k) => Self(a[0]).Obj;
}
