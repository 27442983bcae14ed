using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The special methods of the builtin containers as attributes of their types, so that Lib code
/// can take them unbound (collections.OrderedDict's <c>dict_delitem=dict.__delitem__</c>,
/// <c>list.__getitem__</c>). The object-space operations keep their native fast paths; these
/// methods call the same operations.
/// </summary>
public static class ContainerDunders
{
    public static void Install()
    {
        foreach (var t in new[] { TypeObjects.Dict, TypeObjects.List })
        {
            Add(t, "__getitem__", GetItem);
            Add(t, "__setitem__", SetItem);
            Add(t, "__delitem__", DelItem);
            Add(t, "__contains__", Contains);
            Add(t, "__len__", Len);
            Add(t, "__iter__", Iter);
        }
        foreach (var t in new[] { TypeObjects.Tuple, TypeObjects.Str, TypeObjects.Set, TypeObjects.FrozenSet, TypeObjects.Range })
        {
            if (t != TypeObjects.Set && t != TypeObjects.FrozenSet)
            {
                Add(t, "__getitem__", GetItem);
            }
            Add(t, "__contains__", Contains);
            Add(t, "__len__", Len);
            Add(t, "__iter__", Iter);
        }
    }

    private static void Add(PyType t, string name, NativeFunction body)
    {
        if (!t.Dict.ContainsKey(name))
        {
            Def.Method(t, name, body);
        }
    }

    private static PyObject GetItem(PyObject[] a, PyDict? k) =>
        a[0] is PyDictSub d ? d.Get(a[1]) ?? throw Errors.KeyError(a[1]) : Ops.GetItem(a[0], a[1]);

    /// <summary>dict.__setitem__ stores natively: a subclass overriding __setitem__ reaches it through super() without recursion.</summary>
    private static PyObject SetItem(PyObject[] a, PyDict? k)
    {
        if (a[0] is PyDict d)
        {
            d.Set(a[1], a[2]);
        }
        else
        {
            Ops.SetItem(a[0], a[1], a[2]);
        }
        return PyNone.Instance;
    }

    private static PyObject DelItem(PyObject[] a, PyDict? k)
    {
        if (a[0] is PyDict d)
        {
            if (!d.Remove(a[1]))
            {
                throw Errors.KeyError(a[1]);
            }
        }
        else
        {
            Ops.DelItem(a[0], a[1]);
        }
        return PyNone.Instance;
    }

    private static PyObject Contains(PyObject[] a, PyDict? k) => PyBool.From(Ops.Contains(a[0], a[1]));

    private static PyObject Len(PyObject[] a, PyDict? k) => PyInt.From(Ops.Len(a[0]));

    private static PyObject Iter(PyObject[] a, PyDict? k) => Ops.GetIter(a[0]);
}
