using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// types.SimpleNamespace (Objects/namespaceobject.c): an object whose attributes are the keyword
/// arguments of its constructor; repr lists them in insertion order; equal when the attribute
/// dicts are. types.py takes the type as type(sys.implementation).
/// </summary>
public static class SimpleNamespace
{
    public static readonly PyType Type = MakeType();

    public static PyInstance New() => new(Type);

    private static PyType MakeType()
    {
        var t = new PyType("SimpleNamespace", [TypeObjects.Object], module: "types") { NativeNew = NativeNew, InstancesHaveDict = true };
        Def.Slot(t, "__init__", Init);
        Def.Slot(t, "__repr__", Repr);
        Def.Slot(t, "__eq__", Eq);
        return t;
    }

    /// <summary>Builtin types get no __init__ call from type.__call__ here, so construction applies the keywords too.</summary>
    private static PyObject NativeNew(PyType type, PyObject[] args, PyDict? kwargs)
    {
        var self = new PyInstance(type);
        Init([self, .. args], kwargs);
        return self;
    }

    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        if (a.Length > 1)
        {
            throw Errors.TypeError($"SimpleNamespace() takes no positional arguments");
        }
        if (k is not null)
        {
            var self = (PyInstance)a[0];
            for (var i = 0; i < k.EntryCount; i++)
            {
                if (k.KeyAt(i) is PyStr key && k.ValueAt(i) is { } value)
                {
                    self.SetAttribute(key.Value, value);
                }
            }
        }
        return PyNone.Instance;
    }

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var self = (PyInstance)a[0];
        var d = self.ToDict();
        var parts = new List<string>();
        for (var i = 0; i < d.EntryCount; i++)
        {
            if (d.KeyAt(i) is PyStr key && d.ValueAt(i) is { } value)
            {
                parts.Add(key.Value + "=" + Ops.Repr(value));
            }
        }
        var name = self.Type == Type ? "namespace" : self.Type.Name;
        return PyStr.From(name + "(" + string.Join(", ", parts) + ")");
    }

    private static PyObject Eq(PyObject[] a, PyDict? k)
    {
        if (a[1] is not PyInstance other || !other.Type.IsSubtypeOf(Type))
        {
            return PyNotImplemented.Instance;
        }
        return Ops.Compare(Ast.CompareOperator.Eq, ((PyInstance)a[0]).ToDict(), other.ToDict());
    }
}
