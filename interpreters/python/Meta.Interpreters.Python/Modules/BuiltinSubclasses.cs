using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// Instances of Python subclasses of dict (class D(dict), enum's _EnumDict, OrderedDict, Counter,
/// defaultdict-like classes): a <see cref="PyDict"/> that records its class and keeps instance
/// attributes in a dict of its own (typeobject.c gives such instances a __dict__). Attribute
/// lookup follows the generic rules: data descriptors of the type, then the instance's
/// attributes, then the type's attributes bound to the instance.
/// </summary>
public static class BuiltinSubclasses
{
    /// <summary>Makes dict's constructor honour the class it is called for.</summary>
    public static void Install()
    {
        var dictNew = TypeObjects.Dict.NativeNew!;
        TypeObjects.Dict.NativeNew = (type, args, kwargs) =>
        {
            if (ReferenceEquals(type, TypeObjects.Dict))
            {
                return dictNew(type, args, kwargs);
            }
            // A subclass's __init__ (its own, or dict.__init__) receives the arguments next.
            return new PyDict { Subtype = type };
        };
        Builtins.Def.Method(TypeObjects.Dict, "__init__", DictInit);
    }

    /// <summary>dict.__init__(self, [mapping_or_iterable], **kwargs): dict_update_common.</summary>
    private static PyObject DictInit(PyObject[] a, PyDict? k)
    {
        var d = (PyDict)a[0];
        if (a.Length > 2)
        {
            throw Errors.TypeError($"dict expected at most 1 argument, got {a.Length - 1}");
        }
        if (a.Length > 1)
        {
            Builtins.DictMethods.Update(d, a[1]);
        }
        if (k is not null)
        {
            Builtins.DictMethods.Update(d, k);
        }
        return PyNone.Instance;
    }

    public static PyObject? GetAttr(PyDict d, string name)
    {
        var typeAttr = d.Type.Lookup(name);
        if (typeAttr is PyProperty || (typeAttr is PyInstance desc && desc.Type.Lookup("__set__") is not null))
        {
            return Ops.TryGetAttrThroughType(d, name);
        }
        if (name == "__dict__")
        {
            return d.Attributes ??= new PyDict();
        }
        if (name == "__class__")
        {
            return d.Type;
        }
        if (d.Attributes?.Get(name) is { } own)
        {
            return own;
        }
        return Ops.TryGetAttrThroughType(d, name);
    }

    public static void SetAttr(PyDict d, string name, PyObject value)
    {
        var typeAttr = d.Type.Lookup(name);
        if (typeAttr is PyProperty { Setter: { } setter })
        {
            Ops.Call(setter, [d, value]);
            return;
        }
        if (typeAttr is PyInstance desc && desc.Type.Lookup("__set__") is { } set)
        {
            Ops.CallMethod(set, desc, d, value);
            return;
        }
        if (d.Type.Lookup("__setattr__") is PyFunction userSetattr)
        {
            Ops.CallMethod(userSetattr, d, PyStr.From(name), value);
            return;
        }
        if (!Slots.Allows(d.Type, name))
        {
            throw Errors.AttributeError($"'{d.Type.Name}' object has no attribute '{name}'");
        }
        (d.Attributes ??= new PyDict()).Set(name, value);
    }

    public static void DelAttr(PyDict d, string name)
    {
        if (d.Attributes is null || !d.Attributes.Remove(PyStr.From(name)))
        {
            throw Errors.NoAttribute(d, name);
        }
    }
}
