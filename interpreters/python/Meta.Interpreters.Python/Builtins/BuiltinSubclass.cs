using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>
/// Construction of builtin subclass instances (<see cref="IUserSubclass"/>): immutable types take
/// their value in __new__ (the builtin's conversion, then re-wrapped with the subclass as type);
/// mutable containers start empty and are filled by their __init__ (list.__init__, dict.__init__,
/// set.__init__), as in CPython's listobject.c/dictobject.c/setobject.c.
/// </summary>
public static class BuiltinSubclass
{
    public static void Register()
    {
        Def.Method(TypeObjects.List, "__init__", (a, _) =>
        {
            var list = (PyList)a[0];
            list.Items = [];
            list.Count = 0;
            if (a.Length > 1)
            {
                Ops.ListExtend(list, a[1]);
            }
            return PyNone.Instance;
        });
        Def.Method(TypeObjects.Dict, "__init__", (a, k) =>
        {
            var d = (PyDict)a[0];
            if (a.Length > 1)
            {
                DictMethods.Update(d, a[1]);
            }
            if (k is not null)
            {
                DictMethods.Update(d, k);
            }
            return PyNone.Instance;
        });
        Def.Method(TypeObjects.Set, "__init__", (a, _) =>
        {
            var set = (PySet)a[0];
            set.Items.Clear();
            if (a.Length > 1)
            {
                foreach (var item in Conversions.ToArray(a[1]))
                {
                    set.Add(item);
                }
            }
            return PyNone.Instance;
        });
    }

    public static PyObject Int(PyType type, PyObject value)
    {
        if (ReferenceEquals(type, TypeObjects.Int))
        {
            return value;
        }
        return value switch
        {
            PyInt i => new PyIntSub(type, i.Value),
            PyLong l => new PyLongSub(type, l.Value),
            _ => throw Errors.TypeError($"int.__new__ returned non-int (type {value.Type.Name})"),
        };
    }

    public static PyObject Float(PyType type, PyObject value) =>
        ReferenceEquals(type, TypeObjects.Float) ? value : new PyFloatSub(type, ((PyFloat)value).Value);

    public static PyObject Str(PyType type, PyStr value) =>
        ReferenceEquals(type, TypeObjects.Str) ? value : new PyStrSub(type, value.Value);

    public static PyObject Tuple(PyType type, PyTuple value) =>
        ReferenceEquals(type, TypeObjects.Tuple) ? value : new PyTupleSub(type, value.Items);

    public static PyObject FrozenSet(PyType type, PySet value)
    {
        if (ReferenceEquals(type, TypeObjects.FrozenSet))
        {
            return value;
        }
        var sub = new PySetSub(type, true);
        foreach (var item in value.ToArray())
        {
            sub.Add(item);
        }
        return sub;
    }
}
