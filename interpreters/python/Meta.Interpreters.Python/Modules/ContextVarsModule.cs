using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _contextvars (Python/context.c, PEP 567): ContextVar, Token, Context and copy_context. A
/// context is an immutable mapping from variables to values (CPython uses a HAMT; here each
/// set copies a dictionary, which gives the same semantics); each thread has its current context,
/// and Context.run enters another one for the duration of a call.
/// </summary>
public static class ContextVarsModule
{
    // Initialized first: the Token type stores it as Token.MISSING.
    private static readonly PyObject Missing = new PyInstance(new PyType("Token.MISSING", [TypeObjects.Object], module: "contextvars"));
    public static readonly PyType ContextVarType = MakeVarType();
    public static readonly PyType TokenType = MakeTokenType();
    public static readonly PyType ContextType = MakeContextType();

    private sealed class Var(string name, PyObject? defaultValue) : PyObject
    {
        public readonly string Name = name;
        public readonly PyObject? Default = defaultValue;

        public override PyType Type => ContextVarType;
    }

    private sealed class Token(Context context, Var variable, PyObject oldValue) : PyObject
    {
        public readonly Context Context = context;
        public readonly Var Variable = variable;
        public readonly PyObject OldValue = oldValue;
        public bool Used;

        public override PyType Type => TokenType;
    }

    private sealed class Context(Dictionary<Var, PyObject> values) : PyObject
    {
        public Dictionary<Var, PyObject> Values = values;
        public bool Entered;
        public Context? Previous;

        public override PyType Type => ContextType;
    }

    [ThreadStatic]
    private static Context? _current;

    private static Context Current => _current ??= new Context([]);

    public static PyModule Create()
    {
        var m = new PyModule("_contextvars");
        m.Dict.Set("ContextVar", ContextVarType);
        m.Dict.Set("Token", TokenType);
        m.Dict.Set("Context", ContextType);
        Def.Function(m.Dict, "copy_context", CopyContext);
        return m;
    }

    private static PyType MakeVarType()
    {
        var t = new PyType("ContextVar", [TypeObjects.Object], module: "_contextvars") { NativeNew = NewVar };
        Def.Method(t, "get", VarGet);
        Def.Method(t, "set", VarSet);
        Def.Method(t, "reset", VarReset);
        Def.Slot(t, "__repr__", VarRepr);
        t.Dict["name"] = new PyProperty(new PyBuiltinFunction("name", VarName), null, null, PyNone.Instance);
        t.Dict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", ClassGetItem));
        return t;
    }

    private static PyType MakeTokenType()
    {
        var t = new PyType("Token", [TypeObjects.Object], module: "_contextvars");
        t.Dict["var"] = new PyProperty(new PyBuiltinFunction("var", TokenVar), null, null, PyNone.Instance);
        t.Dict["old_value"] = new PyProperty(new PyBuiltinFunction("old_value", TokenOldValue), null, null, PyNone.Instance);
        t.Dict["MISSING"] = Missing;
        t.Dict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", ClassGetItem));
        return t;
    }

    private static PyType MakeContextType()
    {
        var t = new PyType("Context", [TypeObjects.Object], module: "_contextvars") { NativeNew = NewContext };
        Def.Method(t, "run", Run);
        Def.Method(t, "copy", Copy);
        Def.Method(t, "get", ContextGet);
        Def.Method(t, "keys", Keys);
        Def.Method(t, "values", ValuesOf);
        Def.Method(t, "items", Items);
        Def.Slot(t, "__getitem__", GetItem);
        Def.Slot(t, "__contains__", Contains);
        Def.Slot(t, "__len__", Len);
        Def.Slot(t, "__iter__", Iter);
        return t;
    }

    private static PyObject ClassGetItem(PyObject[] a, PyDict? k) => GenericAlias.Make(a[0], a[1]);

    private static PyObject NewVar(PyType type, PyObject[] a, PyDict? k)
    {
        var name = Def.Arg(a, k, 0, "name") ?? throw Errors.TypeError("ContextVar() missing required argument 'name' (pos 1)");
        if (name is not PyStr s)
        {
            throw Errors.TypeError("context variable name must be a str");
        }
        return new Var(s.Value, k?.Get("default"));
    }

    private static PyObject VarName(PyObject[] a, PyDict? k) => PyStr.From(((Var)a[0]).Name);

    private static PyObject VarGet(PyObject[] a, PyDict? k)
    {
        var v = (Var)a[0];
        if (Current.Values.TryGetValue(v, out var value))
        {
            return value;
        }
        if (a.Length > 1)
        {
            return a[1];
        }
        return v.Default ?? throw new PyException(TypeObjects.LookupError, PyTuple.Of(v)).ToError();
    }

    private static PyObject VarSet(PyObject[] a, PyDict? k)
    {
        var v = (Var)a[0];
        var ctx = Current;
        var old = ctx.Values.TryGetValue(v, out var o) ? o : Missing;
        ctx.Values = new Dictionary<Var, PyObject>(ctx.Values) { [v] = a[1] };
        return new Token(ctx, v, old);
    }

    private static PyObject VarReset(PyObject[] a, PyDict? k)
    {
        var v = (Var)a[0];
        if (a[1] is not Token t)
        {
            throw Errors.TypeError($"expected an instance of Token, got {Ops.Repr(a[1])}");
        }
        if (t.Used)
        {
            throw Errors.RuntimeError($"{Ops.Repr(t)} has already been used once");
        }
        if (!ReferenceEquals(t.Variable, v))
        {
            throw Errors.ValueError($"{Ops.Repr(t)} was created by a different ContextVar");
        }
        if (!ReferenceEquals(t.Context, Current))
        {
            throw Errors.ValueError($"{Ops.Repr(t)} was created in a different Context");
        }
        t.Used = true;
        var values = new Dictionary<Var, PyObject>(Current.Values);
        if (ReferenceEquals(t.OldValue, Missing))
        {
            values.Remove(v);
        }
        else
        {
            values[v] = t.OldValue;
        }
        Current.Values = values;
        return PyNone.Instance;
    }

    private static PyObject VarRepr(PyObject[] a, PyDict? k)
    {
        var v = (Var)a[0];
        var def = v.Default is null ? "" : $" default={Ops.Repr(v.Default)}";
        return PyStr.From($"<ContextVar name={Ops.Repr(PyStr.From(v.Name))}{def} at 0x{Identity.Of(v):x}>");
    }

    private static PyObject TokenVar(PyObject[] a, PyDict? k) => ((Token)a[0]).Variable;

    private static PyObject TokenOldValue(PyObject[] a, PyDict? k) => ((Token)a[0]).OldValue;

    private static PyObject NewContext(PyType type, PyObject[] a, PyDict? k)
    {
        if (a.Length > 0 || k is { Count: > 0 })
        {
            throw Errors.TypeError("Context() does not accept any arguments");
        }
        return new Context([]);
    }

    private static PyObject CopyContext(PyObject[] a, PyDict? k) => new Context(Current.Values);

    private static PyObject Copy(PyObject[] a, PyDict? k) => new Context(((Context)a[0]).Values);

    /// <summary>Context.run: enters the context for the call (it may not be entered twice), then restores the previous one.</summary>
    private static PyObject Run(PyObject[] a, PyDict? k)
    {
        var ctx = (Context)a[0];
        if (a.Length < 2)
        {
            throw Errors.TypeError("run() missing 1 required positional argument");
        }
        if (ctx.Entered)
        {
            throw Errors.RuntimeError($"cannot enter context: {Ops.Repr(ctx)} is already entered");
        }
        ctx.Entered = true;
        ctx.Previous = Current;
        _current = ctx;
        try
        {
            return Ops.Call(a[1], a[2..], k);
        }
        finally
        {
            _current = ctx.Previous;
            ctx.Previous = null;
            ctx.Entered = false;
        }
    }

    private static Var Key(PyObject o) => o as Var ?? throw Errors.TypeError($"a ContextVar key was expected, got {Ops.Repr(o)}");

    private static PyObject GetItem(PyObject[] a, PyDict? k) =>
        ((Context)a[0]).Values.TryGetValue(Key(a[1]), out var v) ? v : throw Errors.KeyError(a[1]);

    private static PyObject ContextGet(PyObject[] a, PyDict? k) =>
        ((Context)a[0]).Values.TryGetValue(Key(a[1]), out var v) ? v : a.Length > 2 ? a[2] : PyNone.Instance;

    private static PyObject Contains(PyObject[] a, PyDict? k) => PyBool.From(a[1] is Var v && ((Context)a[0]).Values.ContainsKey(v));

    private static PyObject Len(PyObject[] a, PyDict? k) => PyInt.From(((Context)a[0]).Values.Count);

    private static PyList KeyList(Context c)
    {
        var list = new PyList();
        foreach (var key in c.Values.Keys)
        {
            list.Append(key);
        }
        return list;
    }

    private static PyObject Iter(PyObject[] a, PyDict? k) => Ops.GetIter(KeyList((Context)a[0]));

    private static PyObject Keys(PyObject[] a, PyDict? k) => KeyList((Context)a[0]);

    private static PyObject ValuesOf(PyObject[] a, PyDict? k)
    {
        var list = new PyList();
        foreach (var value in ((Context)a[0]).Values.Values)
        {
            list.Append(value);
        }
        return list;
    }

    private static PyObject Items(PyObject[] a, PyDict? k)
    {
        var list = new PyList();
        foreach (var (key, value) in ((Context)a[0]).Values)
        {
            list.Append(PyTuple.Of(key, value));
        }
        return list;
    }
}
