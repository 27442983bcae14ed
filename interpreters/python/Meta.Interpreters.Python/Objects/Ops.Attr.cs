using Meta.Interpreters.Python.Compiler;

namespace Meta.Interpreters.Python.Objects;

public static partial class Ops
{
    /// <summary>
    /// getattr (CPython's PyObject_GenericGetAttr): data descriptors on the type win, then the
    /// instance's map, then non-data descriptors and plain class attributes, then __getattr__.
    /// </summary>
    public static PyObject GetAttr(PyObject obj, string name)
    {
        if (obj is PyInstance && obj.Type.IsHeapType && obj.Type.Lookup("__getattribute__") is PyFunction getattribute)
        {
            return GetAttributeOverride(getattribute, obj, name);
        }
        var r = TryGetAttr(obj, name);
        if (r is not null)
        {
            return r;
        }
        var getattr = obj is PyInstance or IUserSubclass ? obj.Type.Lookup("__getattr__") : null;
        if (getattr is not null)
        {
            return CallMethod(getattr, obj, PyStr.From(name));
        }
        throw Errors.NoAttribute(obj, name);
    }

    /// <summary>A class's own __getattribute__ (slot_tp_getattr_hook): its AttributeError falls back to __getattr__.</summary>
    private static PyObject GetAttributeOverride(PyFunction getattribute, PyObject obj, string name)
    {
        try
        {
            return CallMethod(getattribute, obj, PyStr.From(name));
        }
        catch (PyError e)
        {
            if (!e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError) || obj.Type.Lookup("__getattr__") is not { } getattr)
            {
                throw;
            }
            return CallMethod(getattr, obj, PyStr.From(name));
        }
    }

    public static PyObject? TryGetAttr(PyObject obj, string name)
    {
        switch (obj)
        {
            case PyInstance inst:
                return InstanceGetAttr(inst, name);
            case PyType t:
                return TypeGetAttr(t, name);
            case PyModule m:
                return m.Dict.Get(name) ?? (name == "__name__" ? PyStr.From(m.Name) : name == "__dict__" ? m.Dict : null);
            case PySuper s:
                return SuperGetAttr(s, name);
            case IUserSubclass sub:
                return SubclassGetAttr(obj, sub.Attributes, name);
        }
        var special = SpecialAttribute(obj, name);
        if (special is not null)
        {
            return special;
        }
        var attr = obj.Type.Lookup(name);
        return attr is null ? null : Bind(attr, obj, obj.Type);
    }

    private static PyObject? InstanceGetAttr(PyInstance inst, string name)
    {
        var type = inst.Type;
        var typeAttr = type.Lookup(name);
        if (typeAttr is PyProperty prop)
        {
            if (prop.Getter is null)
            {
                throw NoAccessor(prop, type, "getter");
            }
            return Call(prop.Getter, [inst]);
        }
        if (typeAttr is PyInstance descriptor && descriptor.Type.Lookup("__set__") is not null && descriptor.Type.Lookup("__get__") is { } dget)
        {
            return CallMethod(dget, descriptor, inst, type);
        }
        var value = inst.GetAttribute(name);
        if (value is not null)
        {
            return value;
        }
        if (typeAttr is not null)
        {
            return Bind(typeAttr, inst, type);
        }
        return SpecialAttribute(inst, name);
    }

    /// <summary>A property without the accessor: named as CPython 3.11's property_descr_get/set do, by the name __set_name__ gave it when it has one.</summary>
    private static PyError NoAccessor(PyProperty prop, PyType type, string accessor) =>
        Errors.AttributeError(prop.Name is null
            ? $"property of '{type.QualName}' object has no {accessor}"
            : $"property '{prop.Name}' of '{type.QualName}' object has no {accessor}");

    /// <summary>The descriptor protocol for an attribute found on a type, read through an instance.</summary>
    public static PyObject Bind(PyObject attr, PyObject instance, PyType type)
    {
        switch (attr)
        {
            case PyFunction:
                return new PyMethod(instance, attr);
            case PyBuiltinFunction { IsMethod: true }:
                return new PyMethod(instance, attr);
            case PyClassMethod cm:
                return new PyMethod(type, cm.Function);
            case PyStaticMethod sm:
                return sm.Function;
            case PyProperty p:
                return p.Getter is null ? throw Errors.AttributeError("unreadable attribute") : Call(p.Getter, [instance]);
            case PyInstance d when d.Type.Lookup("__get__") is { } get:
                return CallMethod(get, d, instance, type);
            default:
                return attr;
        }
    }

    private static PyObject? TypeGetAttr(PyType t, string name)
    {
        // type's data descriptors (type_getsets, type_members) win over the class's own dict:
        // FunctionType.__name__ is 'function' although the function type has a __name__ descriptor.
        if (TypeDataAttribute(t, name) is { } data)
        {
            return data;
        }
        var attr = t.Lookup(name);
        if (attr is not null)
        {
            return attr switch
            {
                PyClassMethod cm => new PyMethod(t, cm.Function),
                PyStaticMethod sm => sm.Function,
                PyInstance d when d.Type.Lookup("__get__") is { } get => CallMethod(get, d, PyNone.Instance, t),
                _ => attr,
            };
        }
        switch (name)
        {
            case "__module__":
                return PyStr.From(t.Module);
            case "__doc__":
                return PyNone.Instance;
        }
        // Methods of the metaclass (type's own mro(), __subclasses__..., or a user metaclass's) bound to the class.
        var metaclass = t.Type;
        var meta = metaclass.Lookup(name);
        return meta is null ? null : Bind(meta, t, metaclass);
    }

    /// <summary>What type's own getset descriptors answer for any class (its __module__ and __doc__ only for builtin types, whose dict does not hold them), or null.</summary>
    private static PyObject? TypeDataAttribute(PyType t, string name)
    {
        switch (name)
        {
            case "__name__":
                return PyStr.From(t.Name);
            case "__qualname__":
                return PyStr.From(t.QualName);
            case "__module__" when !t.IsHeapType:
                return PyStr.From(t.Module);
            case "__doc__" when !t.IsHeapType && t.Lookup("__doc__") is not PyStr:
                return PyNone.Instance;
            case "__mro__":
                return PyTuple.Of(t.Mro.Select(x => (PyObject)x).ToArray());
            case "__bases__":
                return PyTuple.Of(t.Bases.Select(x => (PyObject)x).ToArray());
            case "__base__":
                return t.Bases.Length > 0 ? t.Bases[0] : PyNone.Instance;
            case "__dict__":
                var d = new PyDict();
                foreach (var (k, v) in t.Dict)
                {
                    d.Set(k, v);
                }
                return d;
            case "__class__":
                return t.Type;
        }
        return null;
    }

    private static PyObject? SuperGetAttr(PySuper s, string name)
    {
        var startType = s.Self is PyType st && st.IsSubtypeOf(s.StartAfter) ? st : s.Self.Type;
        var mro = startType.Mro;
        var i = Array.IndexOf(mro, s.StartAfter);
        for (var j = i + 1; j < mro.Length; j++)
        {
            if (mro[j].Dict.TryGetValue(name, out var attr))
            {
                if (s.Self is PyType selfType && attr is PyFunction)
                {
                    return attr;
                }
                return attr is PyClassMethod cm ? new PyMethod(startType, cm.Function) : Bind(attr, s.Self, startType);
            }
        }
        if (name == "__class__")
        {
            return s.Type;
        }
        return null;
    }

    /// <summary>Attributes every object of a kind has that are not in a type dict (CPython's getset descriptors).</summary>
    private static PyObject? SpecialAttribute(PyObject obj, string name)
    {
        if (name == "__class__")
        {
            return obj.Type;
        }
        switch (obj)
        {
            case PyException e:
                return name switch
                {
                    "args" => e.Args,
                    "__cause__" => e.Cause ?? PyNone.Instance,
                    "__context__" => e.Context ?? PyNone.Instance,
                    "__suppress_context__" => PyBool.From(e.SuppressContext),
                    "__traceback__" => e.Traceback.Count > 0 ? new PyTraceback(e) : PyNone.Instance,
                    "__dict__" => e.ToDict(),
                    "value" when e.Type.IsSubtypeOf(TypeObjects.StopIteration) => e.Args.Items.Length > 0 ? e.Args.Items[0] : PyNone.Instance,
                    "code" when e.Type.IsSubtypeOf(TypeObjects.SystemExit) => e.Args.Items.Length > 0 ? e.Args.Items[0] : PyNone.Instance,
                    _ => null,
                };
            case PyInstance i when name == "__dict__" && HasInstanceDict(i.Type):
                return i.ToDict();
            case PyFunction f:
                return name switch
                {
                    "__name__" => PyStr.From(f.Name),
                    "__qualname__" => PyStr.From(f.QualName),
                    "__code__" => f.Code,
                    "__doc__" => f.Doc,
                    "__module__" => f.Globals.Get("__name__") ?? PyNone.Instance,
                    "__defaults__" => f.Defaults.Length == 0 ? PyNone.Instance : PyTuple.Of(f.Defaults),
                    "__kwdefaults__" => (PyObject?)f.KwDefaults ?? PyNone.Instance,
                    "__globals__" => f.Globals,
                    "__closure__" => f.Closure.Length == 0 ? PyNone.Instance : PyTuple.Of(f.Closure),
                    "__dict__" => f.Attributes ??= new PyDict(),
                    _ => f.Attributes?.Get(name),
                };
            case PyBuiltinFunction b:
                return name switch
                {
                    "__name__" or "__qualname__" => PyStr.From(b.Name),
                    "__self__" => b.BoundSelf ?? PyNone.Instance,
                    "__doc__" => PyNone.Instance,
                    _ => null,
                };
            case PyMethod m:
                return name switch
                {
                    "__self__" => m.Self,
                    "__func__" => m.Function,
                    _ => TryGetAttr(m.Function, name),
                };
            case PyCode c:
                return CodeAttribute(c, name);
            case PyCell cell when name == "cell_contents":
                return cell.Value ?? throw Errors.ValueError("Cell is empty");
            case PyProperty p:
                return name switch
                {
                    "fget" => p.Getter ?? PyNone.Instance,
                    "fset" => p.Setter ?? PyNone.Instance,
                    "__doc__" => p.Doc,
                    _ => null,
                };
            case PyClassMethod or PyStaticMethod when name == "__func__":
                return obj is PyClassMethod cm ? cm.Function : ((PyStaticMethod)obj).Function;
            case PySlice s:
                return name switch
                {
                    "start" => s.Start,
                    "stop" => s.Stop,
                    "step" => s.Step,
                    _ => null,
                };
            case PyRange r:
                return name switch
                {
                    "start" => PyInt.From(r.Start),
                    "stop" => PyInt.From(r.Stop),
                    "step" => PyInt.From(r.Step),
                    _ => null,
                };
            case PyComplex c:
                return name switch
                {
                    "real" => new PyFloat(c.Value.Real),
                    "imag" => new PyFloat(c.Value.Imaginary),
                    _ => null,
                };
            case PyFloat f:
                return name switch
                {
                    "real" => f,
                    "imag" => new PyFloat(0),
                    _ => null,
                };
            case PyInt or PyLong:
                return name switch
                {
                    "real" or "numerator" => obj is PyBool b2 ? PyInt.From(b2.Value) : obj,
                    "imag" => PyInt.From(0),
                    "denominator" => PyInt.From(1),
                    _ => null,
                };
        }
        return null;
    }

    private static PyObject? CodeAttribute(PyCode c, string name) => name switch
    {
        "co_name" => PyStr.From(c.Name),
        "co_qualname" => PyStr.From(c.QualName),
        "co_filename" => PyStr.From(c.FileName),
        "co_firstlineno" => PyInt.From(c.FirstLineNo),
        "co_argcount" => PyInt.From(c.ArgCount),
        "co_posonlyargcount" => PyInt.From(c.PosOnlyArgCount),
        "co_kwonlyargcount" => PyInt.From(c.KwOnlyArgCount),
        "co_nlocals" => PyInt.From(c.NLocals),
        "co_varnames" => NameTuple(c.VarNames),
        "co_cellvars" => NameTuple(c.CellVars),
        "co_freevars" => NameTuple(c.FreeVars),
        "co_names" => NameTuple(c.Names),
        "co_consts" => PyTuple.Of(c.Consts),
        "co_stacksize" => PyInt.From(c.StackSize),
        "co_flags" => PyInt.From((c.HasVarArgs ? 4 : 0) | (c.HasVarKeywords ? 8 : 0) | (c.IsCoroutine ? (c.IsGenerator ? 0x200 : 0x80) : c.IsGenerator ? 32 : 0) | (c.UsesNameDict ? 0 : 3)),
        _ => null,
    };

    [Meta.Jit.DontLookInside]
    private static PyTuple NameTuple(string[] names)
    {
        var items = new PyObject[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            items[i] = PyStr.From(names[i]);
        }
        return PyTuple.Of(items);
    }

    /// <summary>
    /// <paramref name="name"/> is one of the <c>__slots__</c> names. Elidable: a class's slots
    /// tuple never changes (type.__slots__ is read once, typeobject.c's type_new).
    /// </summary>
    [Meta.Jit.Elidable]
    public static bool SlotsDeclare(PyTuple slots, string name)
    {
        foreach (var s in slots.Items)
        {
            if (s is PyStr ps && ps.Value == name)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An instance of <paramref name="type"/> may store <paramref name="name"/>: some class of the
    /// MRO declares it in <c>__slots__</c>, or some class below object has no <c>__slots__</c>
    /// (its instances have a __dict__), as typeobject.c lays instances out.
    /// </summary>
    public static bool SlotsAllow(PyType type, string name)
    {
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType)
            {
                // Builtin layouts: exceptions (and the types that say so) carry a __dict__, a bare object does not.
                if (t.IsException || t.InstancesHaveDict)
                {
                    return true;
                }
                continue;
            }
            if (!t.Dict.TryGetValue("__slots__", out var slots) || slots is not PyTuple tuple || SlotsDeclare(tuple, "__dict__") || SlotsDeclare(tuple, name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><paramref name="name"/> is a <c>__slots__</c> entry of some class of the MRO (its value never lives in __dict__).</summary>
    public static bool SlotDeclared(PyType type, string name)
    {
        if (name == "__dict__")
        {
            return false;
        }
        foreach (var t in type.Mro)
        {
            if (t.IsHeapType && t.Dict.TryGetValue("__slots__", out var slots) && slots is PyTuple tuple && SlotsDeclare(tuple, name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Instances of <paramref name="type"/> have a __dict__ (no class of the MRO restricts them with __slots__).</summary>
    public static bool HasInstanceDict(PyType type) => SlotsAllow(type, "__dict__");

    public static void SetAttr(PyObject obj, string name, PyObject value)
    {
        switch (obj)
        {
            case PyInstance inst:
                var typeAttr = inst.Type.Lookup(name);
                if (typeAttr is PyProperty prop)
                {
                    if (prop.Setter is null)
                    {
                        throw NoAccessor(prop, inst.Type, "setter");
                    }
                    Call(prop.Setter, [inst, value]);
                    return;
                }
                if (typeAttr is PyInstance descriptor && descriptor.Type.Lookup("__set__") is { } dset)
                {
                    CallMethod(dset, descriptor, inst, value);
                    return;
                }
                if (inst.Type.IsHeapType && inst.Type.Lookup("__setattr__") is PyFunction setattr)
                {
                    CallMethod(setattr, inst, PyStr.From(name), value);
                    return;
                }
                if (inst.Type.Lookup("__setattr__") is PyBuiltinFunction { IsSlot: true } nativeSetattr)
                {
                    CallMethod(nativeSetattr, inst, PyStr.From(name), value);
                    return;
                }
                if (inst is PyException e && SetExceptionAttribute(e, name, value))
                {
                    return;
                }
                if (!SlotsAllow(inst.Type, name))
                {
                    throw Errors.AttributeError(inst.Type.Lookup(name) is null
                        ? $"'{inst.Type.Name}' object has no attribute '{name}'"
                        : $"'{inst.Type.Name}' object attribute '{name}' is read-only");
                }
                inst.SetAttribute(name, value);
                return;
            case PyType t:
                if (!t.IsHeapType)
                {
                    throw Errors.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
                }
                if (name == "__name__")
                {
                    t.Name = Str(value);
                    return;
                }
                t.SetAttribute(name, value);
                return;
            case PyFunction f:
                if (name == "__name__")
                {
                    f.Name = Str(value);
                }
                else if (name == "__qualname__")
                {
                    f.QualName = Str(value);
                }
                else if (name == "__doc__")
                {
                    f.Doc = value;
                }
                else
                {
                    (f.Attributes ??= new PyDict()).Set(name, value);
                }
                return;
            case PyModule m:
                m.Dict.Set(name, value);
                return;
            case IUserSubclass sub:
                SubclassSetAttr(obj, sub.Attributes, name, value);
                return;
            case PyProperty p when name == "__doc__":
                // property's __doc__ is a writable member (descrobject.c's property_members).
                p.Doc = value;
                return;
        }
        if (obj.Type.Lookup(name) is null)
        {
            throw Errors.AttributeError($"'{obj.Type.Name}' object has no attribute '{name}'");
        }
        throw Errors.AttributeError($"'{obj.Type.Name}' object attribute '{name}' is read-only");
    }

    private static bool SetExceptionAttribute(PyException e, string name, PyObject value)
    {
        switch (name)
        {
            case "__cause__":
                e.Cause = value is PyNone ? null : value;
                e.SuppressContext = true;
                return true;
            case "__context__":
                e.Context = value is PyNone ? null : value;
                return true;
            case "__suppress_context__":
                e.SuppressContext = IsTrue(value);
                return true;
            case "args":
                e.Args = PyTuple.Of(Builtins.Conversions.ToArray(value));
                return true;
            case "__traceback__":
                if (value is PyNone)
                {
                    e.Traceback.Clear();
                }
                return true;
        }
        return false;
    }

    public static void DelAttr(PyObject obj, string name)
    {
        switch (obj)
        {
            case PyInstance inst:
                var typeAttr = inst.Type.Lookup(name);
                if (typeAttr is PyProperty property)
                {
                    Call(property.Deleter ?? throw NoAccessor(property, inst.Type, "deleter"), [inst]);
                    return;
                }
                if (typeAttr is PyInstance descriptor && descriptor.Type.Lookup("__delete__") is { } ddel)
                {
                    CallMethod(ddel, descriptor, inst);
                    return;
                }
                if (inst.Type.IsHeapType && inst.Type.Lookup("__delattr__") is PyFunction delattr)
                {
                    CallMethod(delattr, inst, PyStr.From(name));
                    return;
                }
                if (!inst.DeleteAttribute(name))
                {
                    throw Errors.NoAttribute(obj, name);
                }
                return;
            case PyType t:
                if (!t.DeleteAttribute(name))
                {
                    throw Errors.NoAttribute(obj, name);
                }
                return;
            case PyModule m:
                if (!m.Dict.Remove(PyStr.From(name)))
                {
                    throw Errors.NoAttribute(obj, name);
                }
                return;
            case PyFunction f when f.Attributes is not null && f.Attributes.Remove(PyStr.From(name)):
                return;
            case IUserSubclass sub:
                if (obj.Type.Lookup("__delattr__") is PyFunction userDelattr)
                {
                    CallMethod(userDelattr, obj, PyStr.From(name));
                    return;
                }
                if (sub.Attributes.DeleteAttribute(name))
                {
                    return;
                }
                break;
        }
        throw Errors.NoAttribute(obj, name);
    }
}

/// <summary>A traceback object over entry <see cref="Index"/> of the exception's entries (outermost first through tb_next; Modules/TracebackObjects.cs).</summary>
public sealed class PyTraceback(PyException exception, int index = -1) : PyObject
{
    public readonly PyException Exception = exception;
    public readonly int Index = index < 0 ? exception.Traceback.Count - 1 : index;

    public override PyType Type => Modules.TracebackObjects.TracebackType;
}
