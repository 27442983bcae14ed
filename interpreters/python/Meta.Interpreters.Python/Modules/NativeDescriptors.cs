using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// getset_descriptor and member_descriptor (Objects/descrobject.c): what the attributes of builtin
/// types look like when read from the type, e.g. FunctionType.__code__ (types.py takes
/// GetSetDescriptorType and MemberDescriptorType from them). Reading through an instance
/// delegates to the object's own attribute.
/// </summary>
public static class NativeDescriptors
{
    public static readonly PyType GetSetDescriptor = MakeType("getset_descriptor");
    public static readonly PyType MemberDescriptor = MakeType("member_descriptor");

    private static PyType MakeType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object]);
        Def.Slot(t, "__get__", Get);
        Def.Slot(t, "__repr__", Repr);
        return t;
    }

    /// <summary>Adds the descriptors of the function type's attributes (funcobject.c's func_getsetlist and func_memberlist).</summary>
    public static void Install()
    {
        var f = TypeObjects.Function;
        foreach (var name in new[] { "__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__dict__", "__name__", "__qualname__" })
        {
            f.Dict.TryAdd(name, New(GetSetDescriptor, name, f));
        }
        foreach (var name in new[] { "__closure__", "__doc__", "__globals__", "__module__", "__builtins__" })
        {
            f.Dict.TryAdd(name, New(MemberDescriptor, name, f));
        }
    }

    private static PyInstance New(PyType kind, string name, PyType owner)
    {
        var d = new PyInstance(kind);
        d.SetAttribute("__name__", PyStr.From(name));
        d.SetAttribute("__objclass__", owner);
        return d;
    }

    private static PyObject Get(PyObject[] a, PyDict? k)
    {
        var self = (PyInstance)a[0];
        if (a.Length < 2 || a[1] is PyNone)
        {
            return self;
        }
        // The object's own attribute lookup answers before the type's descriptor is consulted;
        // reaching here means the object did not have it, so the descriptor computes it.
        var name = ((PyStr)self.GetAttribute("__name__")!).Value;
        switch (name)
        {
            case "__annotations__" when a[1] is PyFunction f:
                // funcobject.c's func_get_annotations: an empty dict, created on first access.
                var annotations = new PyDict();
                (f.Attributes ??= new PyDict()).Set("__annotations__", annotations);
                return annotations;
            case "__builtins__" when a[1] is PyFunction:
                return BuiltinModule.Dict;
        }
        throw Errors.NoAttribute(a[1], name);
    }

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var self = (PyInstance)a[0];
        var owner = (PyType)self.GetAttribute("__objclass__")!;
        var kind = self.Type == MemberDescriptor ? "member" : "attribute";
        return PyStr.From($"<{kind} '{((PyStr)self.GetAttribute("__name__")!).Value}' of '{owner.Name}' objects>");
    }
}
