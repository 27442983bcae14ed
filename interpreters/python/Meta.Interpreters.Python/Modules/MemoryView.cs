using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>A memoryview over a bytes or bytearray object (format 'B', one dimension).</summary>
public sealed class PyMemoryView(PyObject obj) : PyObject
{
    public readonly PyObject Obj = obj;
    public bool Released;

    /// <summary>The struct format of the items: 'B' unless cast to another integer format.</summary>
    public string Format = "B";

    public override PyType Type => MemoryView.Type;

    public byte[] ToArray() => Released ? throw Errors.ValueError("operation forbidden on released memoryview object") :
        Obj is PyBytes b ? b.Value : ((PyByteArray)Obj).ToArray();
}

/// <summary>
/// builtins.memoryview for the byte formats (Objects/memoryobject.c): len, indexing, tobytes,
/// tolist, release, the context-manager protocol, readonly/nbytes/obj/format/itemsize, and casts to
/// the native integer formats (read little-endian). Views of other buffer exporters and slicing
/// into sub-views are not written yet.
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
        Def.Method(t, "cast", Cast);
        t.Dict["format"] = Property("format", (a, _) => PyStr.From(Self(a[0]).Format));
        t.Dict["itemsize"] = Property("itemsize", (a, _) => PyInt.From(ItemSize(Self(a[0]).Format)));
        t.Dict["readonly"] = Property("readonly", ReadOnly);
        t.Dict["nbytes"] = Property("nbytes", (a, _) => PyInt.From(Self(a[0]).ToArray().Length));
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
            PyMemoryView mv => new PyMemoryView(mv.Obj) { Format = mv.Format },
            _ => throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'"),
        };
    }

    private static PyMemoryView Self(PyObject o) => (PyMemoryView)o;

    private static PyObject Len(PyObject[] a, PyDict? k) => PyInt.From(Items(Self(a[0])).Length);

    private static PyObject GetItem(PyObject[] a, PyDict? k)
    {
        var items = Items(Self(a[0]));
        var i = Ops.IndexValue(a[1]);
        if (i < 0)
        {
            i += items.Length;
        }
        return i < 0 || i >= items.Length ? throw Errors.IndexError("index out of bounds on dimension 1") : items[i];
    }

    /// <summary>Size in bytes of one item of an integer format (struct's native sizes).</summary>
    private static int ItemSize(string format) => format switch
    {
        "B" or "b" or "c" => 1,
        "H" or "h" => 2,
        "I" or "i" => 4,
        _ => 8,
    };

    /// <summary>memoryview.cast to another native integer format; the byte length must be a multiple of the item size.</summary>
    private static PyObject Cast(PyObject[] a, PyDict? k)
    {
        var self = Self(a[0]);
        var format = Def.Arg(a, k, 1, "format") is PyStr f ? f.Value : throw Errors.TypeError("memoryview: format argument must be a string");
        if (format is not ("B" or "b" or "c" or "H" or "h" or "I" or "i" or "L" or "l" or "Q" or "q" or "N" or "n"))
        {
            throw Errors.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (self.ToArray().Length % ItemSize(format) != 0)
        {
            throw Errors.TypeError("memoryview: length is not a multiple of itemsize");
        }
        return new PyMemoryView(self.Obj) { Format = format };
    }

    /// <summary>The items as Python objects, decoded little-endian by the view's format.</summary>
    private static PyObject[] Items(PyMemoryView view)
    {
        var data = view.ToArray();
        var size = ItemSize(view.Format);
        var items = new PyObject[data.Length / size];
        for (var i = 0; i < items.Length; i++)
        {
            var span = data.AsSpan(i * size, size);
            items[i] = view.Format switch
            {
                "B" => PyInt.From(span[0]),
                "b" => PyInt.From((sbyte)span[0]),
                "c" => new PyBytes([span[0]]),
                "H" => PyInt.From(System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(span)),
                "h" => PyInt.From(System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(span)),
                "I" => PyInt.From(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(span)),
                "i" => PyInt.From(System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(span)),
                "L" or "Q" or "N" => PyInt.FromBig(System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(span)),
                _ => PyInt.From(System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(span)),
            };
        }
        return items;
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

    private static PyObject ToList(PyObject[] a, PyDict? k) => new PyList(Items(Self(a[0])));

    private static PyObject Release(PyObject[] a, PyDict? k)
    {
        Self(a[0]).Released = true;
        return PyNone.Instance;
    }

    private static PyObject ReadOnly(PyObject[] a, PyDict? k) => PyBool.From(Self(a[0]).Obj is PyBytes);

    private static PyObject Obj(PyObject[] a, PyDict? k) => Self(a[0]).Obj;
}
