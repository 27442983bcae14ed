using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// Metaclasses (Objects/typeobject.c): the most derived metaclass of a class statement
/// (_PyType_CalculateMetaclass), __prepare__, and type.__new__ / type.__call__ as methods so that
/// a subclass of type (abc.ABCMeta, enum.EnumMeta) can call them through super(). A class made by
/// type.__new__(mcls, ...) records mcls as its type.
/// </summary>
public static class Metaclasses
{
    public static void Install()
    {
        TypeObjects.TypeType.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", TypeNew));
        Def.Method(TypeObjects.TypeType, "__call__", TypeCallMethod);
        Def.Method(TypeObjects.TypeType, "__init__", TypeInit);
    }

    /// <summary>The metaclass to call, or null when it is plain `type` (the fast path of ClassBuilder).</summary>
    public static PyObject? Calculate(PyObject? explicitMeta, PyObject[] bases)
    {
        if (explicitMeta is not null and not PyType)
        {
            // Any callable may serve as metaclass; it is called as is.
            return explicitMeta;
        }
        var winner = (PyType?)explicitMeta ?? TypeObjects.TypeType;
        foreach (var b in bases)
        {
            var t = b.Type;
            if (winner.IsSubtypeOf(t))
            {
                continue;
            }
            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }
            throw Errors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return ReferenceEquals(winner, TypeObjects.TypeType) ? null : winner;
    }

    public static PyDict? WithoutMetaclass(PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Get("metaclass") is null)
        {
            return kwargs is { Count: > 0 } ? kwargs : null;
        }
        var rest = new PyDict();
        for (var i = 0; i < kwargs.EntryCount; i++)
        {
            if (kwargs.KeyAt(i) is PyStr k && k.Value != "metaclass" && kwargs.ValueAt(i) is { } v)
            {
                rest.Set(k, v);
            }
        }
        return rest.Count > 0 ? rest : null;
    }

    /// <summary>metaclass.__prepare__(name, bases, **kwargs); the class body needs a dict.</summary>
    public static PyDict Prepare(PyObject metaclass, string name, PyObject[] bases, PyDict? kwargs)
    {
        var prepare = Ops.TryGetAttr(metaclass, "__prepare__");
        if (prepare is null)
        {
            return new PyDict();
        }
        var ns = Ops.Call(prepare, [PyStr.From(name), PyTuple.Of(bases)], kwargs);
        return ns as PyDict ?? throw Errors.TypeError($"{(metaclass is PyType mt ? mt.Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.Type.Name}");
    }

    /// <summary>type.__new__(mcls, name, bases, namespace, **kwargs) (typeobject.c's type_new).</summary>
    private static PyObject TypeNew(PyObject[] a, PyDict? k)
    {
        if (a.Length == 2 && ReferenceEquals(a[0], TypeObjects.TypeType))
        {
            return a[1].Type;
        }
        if (a.Length != 4)
        {
            throw Errors.TypeError("type.__new__() takes exactly 3 arguments");
        }
        var mcls = a[0] as PyType ?? throw Errors.TypeError($"type.__new__(X): X is not a type object ({a[0].Type.Name})");
        var name = a[1] as PyStr ?? throw Errors.TypeError($"type.__new__() argument 1 must be str, not {a[1].Type.Name}");
        var ns = a[3] as PyDict ?? throw Errors.TypeError($"type.__new__() argument 3 must be dict, not {a[3].Type.Name}");
        var type = ClassBuilder.MakeType(name.Value, Conversions.ToArray(a[2]), ns);
        if (!ReferenceEquals(mcls, TypeObjects.TypeType))
        {
            type.Metatype = mcls;
        }
        if (ns.Get("__classcell__") is PyCell cell)
        {
            cell.Value = type;
        }
        return type;
    }

    /// <summary>typeobject.c's type_new_set_names (PEP 487): each attribute whose type defines __set_name__ learns its owner and name.</summary>
    public static void SetNames(PyType type)
    {
        foreach (var (name, value) in type.Dict.ToArray())
        {
            if (value is PyInstance && value.Type.Lookup("__set_name__") is { } setName)
            {
                Ops.CallMethod(setName, value, type, PyStr.From(name));
            }
        }
    }

    /// <summary>type.__call__(cls, *args, **kwargs): __new__ then __init__ (what a metaclass's __call__ reaches through super()).</summary>
    private static PyObject TypeCallMethod(PyObject[] a, PyDict? k) => Ops.TypeCall((PyType)a[0], a[1..], k);

    private static PyObject TypeInit(PyObject[] a, PyDict? k) => PyNone.Instance;
}
