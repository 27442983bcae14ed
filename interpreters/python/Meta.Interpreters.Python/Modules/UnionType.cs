using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// types.UnionType (Objects/unionobject.c): the value of `X | Y` for types (PEP 604). The
/// arguments are flattened and deduplicated; None stands for NoneType; repr is "int | str";
/// equality and hash ignore order. type.__or__/__ror__ make them.
/// </summary>
public static class UnionType
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("UnionType", [TypeObjects.Object], module: "types");
        Def.Slot(t, "__or__", Or);
        Def.Slot(t, "__ror__", ROr);
        Def.Slot(t, "__repr__", Repr);
        Def.Slot(t, "__eq__", Eq);
        Def.Slot(t, "__hash__", Hash);
        Def.Slot(TypeObjects.TypeType, "__or__", Or);
        Def.Slot(TypeObjects.TypeType, "__ror__", ROr);
        return t;
    }

    /// <summary>Forces the type's creation, which also installs type.__or__ and type.__ror__.</summary>
    public static void Install() => _ = Type;

    private static bool IsUnionable(PyObject o) => o is PyType or PyNone || o.Type == Type;

    private static PyObject[] Args(PyObject u) => ((PyTuple)((PyInstance)u).GetAttribute("__args__")!).Items;

    private static PyObject Make(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b))
        {
            return PyNotImplemented.Instance;
        }
        var items = new List<PyObject>();
        Add(items, a);
        Add(items, b);
        if (items.Count == 1)
        {
            return items[0];
        }
        var u = new PyInstance(Type);
        u.SetAttribute("__args__", new PyTuple([.. items]));
        return u;
    }

    private static void Add(List<PyObject> items, PyObject o)
    {
        if (o.Type == Type)
        {
            foreach (var x in Args(o))
            {
                Add(items, x);
            }
            return;
        }
        var t = o is PyNone ? TypeObjects.NoneType : o;
        foreach (var existing in items)
        {
            if (ReferenceEquals(existing, t))
            {
                return;
            }
        }
        items.Add(t);
    }

    private static PyObject Or(PyObject[] a, PyDict? k) => Make(a[0], a[1]);

    private static PyObject ROr(PyObject[] a, PyDict? k) => Make(a[1], a[0]);

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var parts = new List<string>();
        foreach (var x in Args(a[0]))
        {
            parts.Add(x == TypeObjects.NoneType ? "None" : x is PyType t ? (t.Module == "builtins" ? t.QualName : t.Module + "." + t.QualName) : Ops.Repr(x));
        }
        return PyStr.From(string.Join(" | ", parts));
    }

    private static PyObject Eq(PyObject[] a, PyDict? k)
    {
        if (a[1].Type != Type)
        {
            return PyNotImplemented.Instance;
        }
        var x = Args(a[0]);
        var y = Args(a[1]);
        if (x.Length != y.Length)
        {
            return PyBool.False;
        }
        foreach (var item in x)
        {
            if (Array.IndexOf(y, item) < 0)
            {
                return PyBool.False;
            }
        }
        return PyBool.True;
    }

    private static PyObject Hash(PyObject[] a, PyDict? k)
    {
        long h = 0;
        foreach (var item in Args(a[0]))
        {
            h ^= Ops.Hash(item);
        }
        return PyInt.From(h == -1 ? -2 : h);
    }
}
