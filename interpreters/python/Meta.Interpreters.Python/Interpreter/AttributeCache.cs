using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>
/// A per-instruction inline cache for attribute access on instances (CPython 3.11's
/// LOAD_ATTR_INSTANCE_VALUE / LOAD_METHOD specializations, PyPy's map-based attribute caches):
/// valid while the instance has the same map and the type the same version tag. It holds the
/// storage index of an instance attribute, or the plain function found on the type.
/// </summary>
public sealed class AttributeCache
{
    public Map? Map;
    public PyType? Type;
    public object? Version;
    public int Index = -1;
    public PyFunction? Function;

    private bool Hits(PyInstance inst, PyType type) =>
        ReferenceEquals(Map, inst.Map) && ReferenceEquals(Type, type) && ReferenceEquals(Version, type.VersionTag);

    /// <summary>Whether the type leaves plain instance attributes alone (no property, data descriptor or __setattr__/__getattr__ hook of its own).</summary>
    private static bool IsPlain(PyType type, string name)
    {
        var attr = type.Lookup(name);
        if (attr is PyProperty || (attr is PyInstance d && d.Type.Lookup("__set__") is not null))
        {
            return false;
        }
        if (type.Lookup("__setattr__") is PyFunction || type.Lookup("__getattribute__") is PyFunction)
        {
            return false;
        }
        // A slotted class stores its declared names in the map like any other instance.
        return Modules.Slots.Allows(type, name);
    }

    private static AttributeCache For(PyCode code, int pc) => code.AttributeCaches[pc] ??= new AttributeCache();

    public static PyObject Load(PyCode code, int pc, PyInstance inst, string name)
    {
        var type = inst.Type;
        var c = code.AttributeCaches[pc];
        if (c is not null && c.Hits(inst, type))
        {
            if (c.Index >= 0)
            {
                return inst.Storage[c.Index]!;
            }
            if (c.Function is not null)
            {
                return new PyMethod(inst, c.Function);
            }
        }
        var result = Ops.GetAttr(inst, name);
        if (IsPlain(type, name))
        {
            var index = inst.Map.IndexOf(name);
            var function = index < 0 ? type.Lookup(name) as PyFunction : null;
            if (index >= 0 || function is not null)
            {
                c = For(code, pc);
                c.Map = inst.Map;
                c.Type = type;
                c.Version = type.VersionTag;
                c.Index = index;
                c.Function = function;
            }
        }
        return result;
    }

    /// <summary>LOAD_METHOD on an instance: the function found on the type when the instance does not shadow it, else null.</summary>
    public static PyFunction? LoadMethod(PyCode code, int pc, PyInstance inst, string name)
    {
        var type = inst.Type;
        var c = code.AttributeCaches[pc];
        if (c is not null && c.Hits(inst, type) && c.Function is not null)
        {
            return c.Function;
        }
        if (type.Lookup(name) is PyFunction f && inst.Map.IndexOf(name) < 0 && IsPlain(type, name))
        {
            c = For(code, pc);
            c.Map = inst.Map;
            c.Type = type;
            c.Version = type.VersionTag;
            c.Index = -1;
            c.Function = f;
            return f;
        }
        return null;
    }

    public static void Store(PyCode code, int pc, PyInstance inst, string name, PyObject value)
    {
        var type = inst.Type;
        var c = code.AttributeCaches[pc];
        if (c is not null && c.Index >= 0 && c.Hits(inst, type))
        {
            inst.Storage[c.Index] = value;
            return;
        }
        Ops.SetAttr(inst, name, value);
        if (inst is not PyException && IsPlain(type, name))
        {
            var index = inst.Map.IndexOf(name);
            if (index >= 0)
            {
                c = For(code, pc);
                c.Map = inst.Map;
                c.Type = type;
                c.Version = type.VersionTag;
                c.Index = index;
                c.Function = null;
            }
        }
    }
}

/// <summary>
/// Inline cache of LOAD_GLOBAL (CPython 3.11's LOAD_GLOBAL_MODULE/BUILTIN): the entry index of
/// the name in globals or builtins, valid while both dicts keep their key-set versions; the value
/// itself is read from the entry, so rebinding a global needs no invalidation.
/// </summary>
public sealed class GlobalCache
{
    public PyDict? Globals;
    public int GlobalsVersion;
    public int BuiltinsVersion;
    public int Index;
    public bool InBuiltins;

    public static PyObject? Load(PyCode code, int pc, PyDict globals, PyDict builtins, PyStr name)
    {
        var c = code.GlobalCaches[pc];
        if (c is not null && ReferenceEquals(c.Globals, globals) && c.GlobalsVersion == globals.Version && c.BuiltinsVersion == builtins.Version)
        {
            return c.InBuiltins ? builtins.ValueAt(c.Index) : globals.ValueAt(c.Index);
        }
        c ??= code.GlobalCaches[pc] = new GlobalCache();
        c.Globals = globals;
        c.GlobalsVersion = globals.Version;
        c.BuiltinsVersion = builtins.Version;
        var i = globals.IndexOf(name);
        if (i >= 0)
        {
            c.Index = i;
            c.InBuiltins = false;
            return globals.ValueAt(i);
        }
        i = builtins.IndexOf(name);
        if (i >= 0)
        {
            c.Index = i;
            c.InBuiltins = true;
            return builtins.ValueAt(i);
        }
        c.Globals = null;
        return null;
    }
}
