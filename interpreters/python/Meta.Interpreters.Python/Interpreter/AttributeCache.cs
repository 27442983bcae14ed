using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>
/// A per-instruction inline cache for attribute access on instances (CPython 3.11's
/// LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE / LOAD_METHOD specializations, PyPy's
/// map-based attribute caches): an entry is valid while the instance has the entry's map and
/// the type the same version tag. It holds the storage index of an instance attribute, or the
/// plain function found on the type, or the type's property (whose accessors then run without
/// the generic lookup); a store that adds the attribute also holds the map the instance moves to. An instruction keeps a short chain of entries, so a call site that sees
/// a few classes (a method of a base class called on its subclasses) stays cached.
/// </summary>
public sealed class AttributeCache
{
    private const int MaxEntries = 4;

    public Map? Map;
    public PyType? Type;
    public object? Version;
    public int Index = -1;
    public PyFunction? Function;

    /// <summary>For LOAD_METHOD on a builtin object (no map): the type's method, or null when the attribute is not one.</summary>
    public PyObject? Method;

    /// <summary>For a store that adds the attribute: the instance's map afterwards (null when the attribute exists).</summary>
    public Map? NewMap;

    /// <summary>The type's property of that name: it wins over the instance's attributes, so it depends on the type alone.</summary>
    public PyProperty? Property;

    public AttributeCache? Next;

    private bool Hits(PyInstance inst, PyType type) =>
        (Property is not null || ReferenceEquals(Map, inst.Map)) && ReferenceEquals(Type, type) && ReferenceEquals(Version, type.VersionTag);

    /// <summary>The entry of the instruction valid for this instance, or null.</summary>
    [Meta.Jit.UnrollSafe]
    private static AttributeCache? Find(PyCode code, int pc, PyInstance inst, PyType type)
    {
        for (var c = code.AttributeCaches[pc]; c is not null; c = c.Next)
        {
            if (c.Hits(inst, type))
            {
                return c;
            }
        }
        return null;
    }

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
        return type.Lookup("__slots__") is not PyTuple slots || Ops.SlotsDeclare(slots, name);
    }

    /// <summary>Records a new entry in front of the instruction's chain, dropping the chain when it is full.</summary>
    [Meta.Jit.DontLookInside]
    private static void Add(PyCode code, int pc, Map? map, PyType type, int index, PyFunction? function, Map? newMap, PyObject? method = null, PyProperty? property = null)
    {
        var head = code.AttributeCaches[pc];
        var length = 0;
        for (var c = head; c is not null; c = c.Next)
        {
            length++;
        }
        code.AttributeCaches[pc] = new AttributeCache
        {
            Map = map,
            Type = type,
            Version = type.VersionTag,
            Index = index,
            Function = function,
            NewMap = newMap,
            Method = method,
            Property = property,
            Next = length < MaxEntries ? head : null,
        };
    }

    public static PyObject Load(PyCode code, int pc, PyInstance inst, string name)
    {
        var type = inst.Type;
        var c = Find(code, pc, inst, type);
        if (c is not null)
        {
            if (c.Property is not null)
            {
                return Ops.Call(c.Property.Getter!, [inst]);
            }
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
        if (!inst.Map.IsDictMode && IsPlain(type, name))
        {
            var index = inst.Map.IndexOf(name);
            var function = index < 0 ? type.Lookup(name) as PyFunction : null;
            if (index >= 0 || function is not null)
            {
                Add(code, pc, inst.Map, type, index, function, null);
            }
        }
        else if (type.Lookup(name) is PyProperty { Getter: not null } property && !(type.IsHeapType && type.Lookup("__getattribute__") is PyFunction))
        {
            // Ops.GetAttr runs a property's getter before anything but a class's own __getattribute__.
            Add(code, pc, null, type, -1, null, null, null, property);
        }
        return result;
    }

    /// <summary>
    /// LOAD_METHOD on an object that is not an instance of a class statement's class: the method
    /// found on its type, which depends on the type alone (an entry with no map), else null.
    /// </summary>
    public static PyObject? LoadTypeMethod(PyCode code, int pc, PyType type, string name)
    {
        for (var c = code.AttributeCaches[pc]; c is not null; c = c.Next)
        {
            if (c.Map is null && c.Property is null && ReferenceEquals(c.Type, type) && ReferenceEquals(c.Version, type.VersionTag))
            {
                return c.Method;
            }
        }
        var typeAttr = type.Lookup(name);
        PyObject? method = typeAttr is PyFunction || typeAttr is PyBuiltinFunction { IsMethod: true } ? typeAttr : null;
        Add(code, pc, null, type, -1, null, null, method);
        return method;
    }

    /// <summary>LOAD_METHOD on an instance: the function found on the type when the instance does not shadow it, else null.</summary>
    public static PyFunction? LoadMethod(PyCode code, int pc, PyInstance inst, string name)
    {
        var type = inst.Type;
        var c = Find(code, pc, inst, type);
        if (c is not null && c.Function is not null)
        {
            return c.Function;
        }
        if (type.Lookup(name) is PyFunction f && !inst.Map.IsDictMode && inst.Map.IndexOf(name) < 0 && IsPlain(type, name))
        {
            Add(code, pc, inst.Map, type, -1, f, null);
            return f;
        }
        return null;
    }

    public static void Store(PyCode code, int pc, PyInstance inst, string name, PyObject value)
    {
        var type = inst.Type;
        var c = Find(code, pc, inst, type);
        if (c is not null && c.Property is not null)
        {
            Ops.Call(c.Property.Setter!, [inst, value]);
            return;
        }
        if (c is not null && c.Index >= 0)
        {
            if (c.NewMap is null)
            {
                inst.Storage[c.Index] = value;
            }
            else
            {
                inst.AddAttribute(c.NewMap, value);
            }
            return;
        }
        var before = inst.Map;
        Ops.SetAttr(inst, name, value);
        if (type.Lookup(name) is PyProperty { Setter: not null } property)
        {
            // Ops.SetAttr runs a property's setter before any other rule.
            Add(code, pc, null, type, -1, null, null, null, property);
        }
        else if (inst is not PyException && IsPlain(type, name))
        {
            var index = inst.Map.IndexOf(name);
            if (index < 0)
            {
                return;
            }
            if (ReferenceEquals(before, inst.Map))
            {
                Add(code, pc, before, type, index, null, null);
            }
            else if (!before.IsDictMode && ReferenceEquals(before.WithAttribute(name), inst.Map))
            {
                Add(code, pc, before, type, index, null, inst.Map);
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
