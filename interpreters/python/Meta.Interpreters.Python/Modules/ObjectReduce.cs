using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// object.__reduce_ex__ and object.__reduce__ (Objects/typeobject.c): protocol 2 and above use
/// reduce_newobj, i.e. (copyreg.__newobj__, (cls,), state, listitems, dictitems) with the
/// instance __dict__ as state; protocols 0 and 1 defer to copyreg._reduce_ex, as CPython does.
/// A class that overrides __reduce__ gets its own method called by __reduce_ex__.
/// </summary>
public static class ObjectReduce
{
    public static void Install()
    {
        Def.Method(TypeObjects.Object, "__reduce_ex__", ReduceEx);
        Def.Method(TypeObjects.Object, "__reduce__", Reduce);
    }

    private static PyObject Copyreg() => Builtins.Importer.Import("copyreg", PyNone.Instance, 0, new PyDict());

    private static PyObject ReduceEx(PyObject[] a, PyDict? k)
    {
        var self = a[0];
        var protocol = a.Length > 1 ? Ops.IndexValue(a[1]) : 0;
        var reduce = self.Type.Lookup("__reduce__");
        if (reduce is not null && !ReferenceEquals(reduce, TypeObjects.Object.Dict["__reduce__"]))
        {
            return Ops.CallMethod(reduce, self);
        }
        return Common(self, protocol);
    }

    private static PyObject Reduce(PyObject[] a, PyDict? k) => Common(a[0], 0);

    private static PyObject Common(PyObject self, long protocol)
    {
        if (protocol < 2)
        {
            return Ops.Call(Ops.GetAttr(Copyreg(), "_reduce_ex"), [self, PyInt.From(protocol)]);
        }
        var newobj = Ops.GetAttr(Copyreg(), "__newobj__");
        PyObject state = PyNone.Instance;
        if (Ops.TryGetAttr(self, "__dict__") is PyDict d && d.Count > 0)
        {
            state = d;
        }
        PyObject listItems = self is PyList ? Ops.GetIter(self) : PyNone.Instance;
        PyObject dictItems = self is PyDict dict ? Ops.GetIter(Ops.Call(Ops.GetAttr(dict, "items"), [])) : PyNone.Instance;
        return PyTuple.Of(newobj, PyTuple.Of(self.Type), state, listItems, dictItems);
    }
}
