using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// Dispatch for instances of subclasses of builtin types (<see cref="IUserSubclass"/>): a dunder
/// the subclass defines in Python wins over the builtin behaviour, which applies otherwise
/// (CPython's slot_* functions in typeobject.c do the same through the type's slots).
/// </summary>
public static partial class Ops
{
    /// <summary>The Python-level method <paramref name="dunder"/> of a builtin subclass instance's class, or null.</summary>
    public static PyFunction? Override(PyObject o, string dunder) =>
        o is IUserSubclass ? o.Type.Lookup(dunder) as PyFunction : null;

    /// <summary>A binary operator's overrides on builtin subclass operands (reflected first when the right operand's class is a subclass of the left's), or null.</summary>
    private static PyObject? UserBinary(Operator op, PyObject a, PyObject b)
    {
        return UserPair(a, b, Override(a, LeftNames[(int)op]), ReferenceEquals(a.Type, b.Type) ? null : Override(b, RightNames[(int)op]));
    }

    /// <summary>A rich comparison's overrides on builtin subclass operands, or null.</summary>
    private static PyObject? UserCompare(CompareOperator op, PyObject a, PyObject b)
    {
        var index = (int)op;
        return UserPair(a, b, Override(a, CompareNames[index]), ReferenceEquals(a.Type, b.Type) ? null : Override(b, CompareSwapped[index]));
    }

    /// <summary>
    /// Calls the left operand's method, then the right's reflected one, until one does not return
    /// NotImplemented; the reflected one first when the right operand's class is a subclass of the
    /// left's (Objects/abstract.c binary_op1, Objects/object.c do_richcompare). Null when neither answers.
    /// </summary>
    private static PyObject? UserPair(PyObject a, PyObject b, PyObject? left, PyObject? right)
    {
        if (right is not null && b.Type.IsSubtypeOf(a.Type))
        {
            var r = CallMethod(right, b, a);
            if (r is not PyNotImplemented)
            {
                return r;
            }
            right = null;
        }
        if (left is not null)
        {
            var r = CallMethod(left, a, b);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        if (right is not null)
        {
            var r = CallMethod(right, b, a);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        return null;
    }

    /// <summary>Attribute read on a builtin subclass instance: data descriptors, own attributes, then the class (as for instances).</summary>
    private static PyObject? SubclassGetAttr(PyObject obj, PyInstance attributes, string name)
    {
        var type = obj.Type;
        var typeAttr = type.Lookup(name);
        if (typeAttr is PyProperty || (typeAttr is PyInstance d && d.Type.Lookup("__set__") is not null))
        {
            return Bind(typeAttr, obj, type);
        }
        var own = attributes.GetAttribute(name);
        if (own is not null)
        {
            return own;
        }
        if (typeAttr is not null)
        {
            return Bind(typeAttr, obj, type);
        }
        if (name == "__dict__" && HasInstanceDict(type))
        {
            return attributes.ToDict();
        }
        return SpecialAttribute(obj, name);
    }

    /// <summary>Attribute write on a builtin subclass instance: property setters, data descriptors, __setattr__, then own storage.</summary>
    private static void SubclassSetAttr(PyObject obj, PyInstance attributes, string name, PyObject value)
    {
        var type = obj.Type;
        var typeAttr = type.Lookup(name);
        if (typeAttr is PyProperty prop)
        {
            Call(prop.Setter ?? throw NoAccessor(prop, type, "setter"), [obj, value]);
            return;
        }
        if (typeAttr is PyInstance descriptor && descriptor.Type.Lookup("__set__") is { } dset)
        {
            CallMethod(dset, descriptor, obj, value);
            return;
        }
        if (type.Lookup("__setattr__") is PyFunction setattr)
        {
            CallMethod(setattr, obj, PyStr.From(name), value);
            return;
        }
        if (!SlotsAllow(type, name))
        {
            throw Errors.AttributeError($"'{type.Name}' object has no attribute '{name}'");
        }
        attributes.SetAttribute(name, value);
    }
}
