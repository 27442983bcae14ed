using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// types.GenericAlias (Objects/genericaliasobject.c, PEP 585): list[int] and the like. It keeps
/// __origin__ and __args__, prints as "list[int]", compares by both, and calling it calls the
/// origin. __class_getitem__ of the builtin containers and type make one.
/// </summary>
public static class GenericAlias
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("GenericAlias", [TypeObjects.Object], module: "types") { NativeNew = New };
        Def.Slot(t, "__repr__", Repr);
        Def.Slot(t, "__eq__", Eq);
        Def.Slot(t, "__hash__", Hash);
        Def.Slot(t, "__call__", Call);
        Def.Slot(t, "__mro_entries__", MroEntries);
        return t;
    }

    public static void Install(PyDict builtins)
    {
        foreach (var t in new[] { TypeObjects.List, TypeObjects.Dict, TypeObjects.Tuple, TypeObjects.Set, TypeObjects.FrozenSet, TypeObjects.TypeType })
        {
            t.Dict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", ClassGetItem));
        }
        _ = builtins;
    }

    private static PyObject ClassGetItem(PyObject[] a, PyDict? k) => Make(a[0], a[1]);

    private static PyObject New(PyType type, PyObject[] a, PyDict? k) => Make(a[0], a[1]);

    public static PyObject Make(PyObject origin, PyObject args)
    {
        var g = new PyInstance(Type);
        g.SetAttribute("__origin__", origin);
        g.SetAttribute("__args__", args is PyTuple t ? t : PyTuple.Of(args));
        g.SetAttribute("__parameters__", PyTuple.Empty);
        return g;
    }

    private static PyObject Origin(PyObject g) => ((PyInstance)g).GetAttribute("__origin__")!;

    private static PyTuple Args(PyObject g) => (PyTuple)((PyInstance)g).GetAttribute("__args__")!;

    /// <summary>ga_repr_item: types by qualified name, Ellipsis as "...", others by repr.</summary>
    private static string Item(PyObject o) => o switch
    {
        PyEllipsis => "...",
        PyType t => t.Module == "builtins" ? t.QualName : t.Module + "." + t.QualName,
        _ => Ops.Repr(o),
    };

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var parts = new List<string>();
        foreach (var x in Args(a[0]).Items)
        {
            parts.Add(Item(x));
        }
        return PyStr.From(Item(Origin(a[0])) + "[" + (parts.Count == 0 ? "()" : string.Join(", ", parts)) + "]");
    }

    private static PyObject Eq(PyObject[] a, PyDict? k)
    {
        if (a[1].Type != Type)
        {
            return PyNotImplemented.Instance;
        }
        return PyBool.From(Ops.IsTrue(Ops.Compare(Ast.CompareOperator.Eq, Origin(a[0]), Origin(a[1])))
            && Ops.IsTrue(Ops.Compare(Ast.CompareOperator.Eq, Args(a[0]), Args(a[1]))));
    }

    private static PyObject Hash(PyObject[] a, PyDict? k) => PyInt.From(Ops.Hash(Origin(a[0])) ^ Ops.Hash(Args(a[0])));

    private static PyObject Call(PyObject[] a, PyDict? k) => Ops.Call(Origin(a[0]), a[1..], k);

    private static PyObject MroEntries(PyObject[] a, PyDict? k) => PyTuple.Of(Origin(a[0]));
}
