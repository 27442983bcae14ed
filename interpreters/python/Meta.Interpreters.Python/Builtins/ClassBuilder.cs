using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>
/// __build_class__ and type.__new__: runs a class body in a fresh namespace, picks the metaclass
/// and makes the type (Python/bltinmodule.c builtin___build_class__, Objects/typeobject.c type_new).
/// </summary>
public static class ClassBuilder
{
    public static readonly PyBuiltinFunction BuildClassFunction = new("__build_class__", BuildClass);

    public static void Register()
    {
        var type = TypeObjects.TypeType;
        type.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", TypeNew));
        Def.Method(type, "__init__", (a, _) => PyNone.Instance);
        Def.Method(type, "__call__", (a, k) => Ops.TypeCall((PyType)a[0], a[1..], k));
    }

    private static PyObject BuildClass(PyObject[] args, PyDict? kwargs)
    {
        var body = (PyFunction)args[0];
        var name = ((PyStr)args[1]).Value;
        var bases = args[2..];
        PyObject? explicitMeta = null;
        PyDict? classKwargs = null;
        if (kwargs is not null)
        {
            for (var i = 0; i < kwargs.EntryCount; i++)
            {
                if (kwargs.KeyAt(i) is not PyStr key)
                {
                    continue;
                }
                if (key.Value == "metaclass")
                {
                    explicitMeta = kwargs.ValueAt(i);
                }
                else
                {
                    (classKwargs ??= new PyDict()).Set(key, kwargs.ValueAt(i)!);
                }
            }
        }
        var metaclass = explicitMeta ?? (bases.Length > 0 ? bases[0].Type : TypeObjects.TypeType);
        if (metaclass is PyType mt)
        {
            metaclass = CalculateMetaclass(mt, bases);
        }
        var ns = PrepareNamespace(metaclass, name, bases, classKwargs);
        var frame = new Frame(body.Code, body.Globals) { NameDict = ns };
        for (var i = 0; i < body.Code.FreeVars.Length; i++)
        {
            frame.Cells[body.Code.CellVars.Length + i] = body.Closure[i];
        }
        for (var i = 0; i < body.Code.CellVars.Length; i++)
        {
            frame.Cells[i] = new PyCell();
        }
        Interp.Execute(frame);
        var cls = Ops.Call(metaclass, [PyStr.From(name), PyTuple.Of(bases), ns], classKwargs);
        if (ns.Get("__classcell__") is PyCell cell && cell.Value is null)
        {
            cell.Value = cls;
        }
        return cls;
    }

    /// <summary>__prepare__ of the metaclass, when it defines one, gives the class body's namespace.</summary>
    private static PyDict PrepareNamespace(PyObject metaclass, string name, PyObject[] bases, PyDict? kwargs)
    {
        if (metaclass is PyType mt && mt.Lookup("__prepare__") is { } prepare and (PyClassMethod or PyFunction or PyStaticMethod))
        {
            var fn = prepare switch
            {
                PyClassMethod cm => new PyMethod(mt, cm.Function),
                PyStaticMethod sm => sm.Function,
                _ => prepare,
            };
            return Ops.Call(fn, [PyStr.From(name), PyTuple.Of(bases)], kwargs) as PyDict
                ?? throw Errors.TypeError("__prepare__() must return a dict (mapping namespaces are not supported)");
        }
        return new PyDict();
    }

    /// <summary>The most derived metaclass among the explicit one and the bases' (_PyType_CalculateMetaclass).</summary>
    private static PyType CalculateMetaclass(PyType metaclass, PyObject[] bases)
    {
        var winner = metaclass;
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
        return winner;
    }

    /// <summary>type.__new__(metaclass, name, bases, namespace, **kwargs); type(x) with one argument.</summary>
    public static PyObject TypeNew(PyObject[] a, PyDict? kwargs)
    {
        var metaclass = (PyType)a[0];
        if (a.Length == 2 && ReferenceEquals(metaclass, TypeObjects.TypeType))
        {
            return a[1].Type;
        }
        if (a.Length != 4)
        {
            throw Errors.TypeError("type() takes 1 or 3 arguments");
        }
        var name = a[1] as PyStr ?? throw Errors.TypeError($"type.__new__() argument 1 must be str, not {a[1].Type.Name}");
        var ns = a[3] as PyDict ?? throw Errors.TypeError($"type.__new__() argument 3 must be dict, not {a[3].Type.Name}");
        var bases = Conversions.ToArray(a[2]);
        // type_new: a more derived metaclass of the bases with its own __new__ makes the class instead
        // (type('E', (SomeEnum,), ns) runs EnumType.__new__).
        var winner = CalculateMetaclass(metaclass, bases);
        if (!ReferenceEquals(winner, metaclass) && winner.Lookup("__new__") is { } winnerNew && !ReferenceEquals(winnerNew, TypeObjects.TypeType.Dict["__new__"]))
        {
            return Ops.Call(winnerNew is PyStaticMethod sm ? sm.Function : winnerNew, [winner, name, a[2], ns], kwargs);
        }
        return MakeType(name.Value, bases, ns, winner, kwargs);
    }

    public static PyType MakeType(string name, PyObject[] bases, PyDict ns, PyType? metaclass = null, PyDict? kwargs = null)
    {
        var baseTypes = new PyType[bases.Length == 0 ? 1 : bases.Length];
        if (bases.Length == 0)
        {
            baseTypes[0] = TypeObjects.Object;
        }
        for (var i = 0; i < bases.Length; i++)
        {
            baseTypes[i] = bases[i] as PyType ?? throw Errors.TypeError("bases must be types");
        }
        var dict = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        for (var i = 0; i < ns.EntryCount; i++)
        {
            if (ns.KeyAt(i) is PyStr k && k.Value != "__classcell__")
            {
                var v = ns.ValueAt(i)!;
                if (k.Value is "__new__" && v is PyFunction)
                {
                    v = new PyStaticMethod(v);
                }
                if (k.Value is "__init_subclass__" or "__class_getitem__" && v is PyFunction)
                {
                    v = new PyClassMethod(v);
                }
                if (k.Value == "__slots__")
                {
                    v = v is PyStr one ? PyTuple.Of(one) : PyTuple.Of(Conversions.ToArray(v));
                }
                dict[k.Value] = v;
            }
        }
        // A class that defines __eq__ but not __hash__ is unhashable (typeobject.c inherit_slots / type_new).
        if (dict.ContainsKey("__eq__") && !dict.ContainsKey("__hash__"))
        {
            dict["__hash__"] = PyNone.Instance;
        }
        var module = ns.Get("__module__") is PyStr m ? m.Value : "__main__";
        var type = new PyType(name, baseTypes, dict, module) { IsHeapType = true };
        var metaType = metaclass ?? TypeObjects.TypeType;
        if (!ReferenceEquals(metaType, TypeObjects.TypeType))
        {
            type.Metaclass = metaType;
        }
        if (ns.Get("__qualname__") is PyStr q)
        {
            type.QualName = q.Value;
            dict.Remove("__qualname__");
        }
        if (ns.Get("__classcell__") is PyCell cell)
        {
            cell.Value = type;
        }
        SetNames(type, ns);
        InitSubclass(type, kwargs);
        return type;
    }

    /// <summary>Calls __set_name__(owner, name) of every attribute of the new class that has one, in namespace order (type_new_set_names).</summary>
    private static void SetNames(PyType type, PyDict ns)
    {
        for (var i = 0; i < ns.EntryCount; i++)
        {
            if (ns.KeyAt(i) is not PyStr key || ns.ValueAt(i) is not { } value)
            {
                continue;
            }
            if (value is PyProperty property)
            {
                property.Name = key.Value;
            }
            else if (value is PyInstance && value.Type.Lookup("__set_name__") is { } setName)
            {
                Ops.CallMethod(setName, value, type, key);
            }
        }
    }

    /// <summary>super(type, type).__init_subclass__(**kwargs): the nearest base's hook (type_new_init_subclass).</summary>
    private static void InitSubclass(PyType type, PyDict? kwargs)
    {
        for (var i = 1; i < type.Mro.Length; i++)
        {
            if (!type.Mro[i].Dict.TryGetValue("__init_subclass__", out var hook))
            {
                continue;
            }
            Ops.Call(hook is PyClassMethod cm ? cm.Function : hook, [type], kwargs);
            return;
        }
    }
}
