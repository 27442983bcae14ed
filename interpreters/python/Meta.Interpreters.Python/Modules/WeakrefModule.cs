using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// A weak reference (Objects/weakrefobject.c's PyWeakReference) over a .NET WeakReference, so the
/// referent really can be collected. It is an instance (map storage) so that Lib's subclasses
/// (weakref.KeyedRef, WeakMethod) can add attributes.
/// </summary>
public sealed class PyWeakRef(PyType type, PyObject referent, PyObject? callback) : PyInstance(type)
{
    public readonly WeakReference<PyObject> Target = new(referent);
    public PyObject? Callback = callback;
    public long? HashValue;

    public PyObject? Referent => Target.TryGetTarget(out var o) ? o : null;
}

/// <summary>
/// _weakref (Modules/_weakref.c, Objects/weakrefobject.c): ref, proxy, getweakrefcount,
/// getweakrefs. The CLR collects objects, not reference counts, so a dead referent is noticed
/// when the collector runs; callbacks then run at the interpreter's next safe point (creating a
/// weak reference or gc.collect()), as PyPy defers them after its collections.
/// </summary>
public static class WeakrefModule
{
    public static readonly PyType RefType = MakeRefType();
    public static readonly PyType ProxyType = MakeProxyType("ProxyType");
    public static readonly PyType CallableProxyType = MakeProxyType("CallableProxyType");

    /// <summary>The weak references of each live referent; the holder's finalizer reports the referent's death.</summary>
    private static readonly ConditionalWeakTable<PyObject, Holder> Table = new();

    /// <summary>References whose referent died, waiting for their callbacks to run on the interpreter thread.</summary>
    private static readonly ConcurrentQueue<PyWeakRef> Dead = new();

    private sealed class Holder
    {
        public readonly List<PyWeakRef> Refs = [];

        ~Holder()
        {
            lock (Refs)
            {
                foreach (var r in Refs)
                {
                    if (r.Callback is not null)
                    {
                        Dead.Enqueue(r);
                    }
                }
            }
        }
    }

    public static PyModule Create()
    {
        var m = new PyModule("_weakref");
        var d = m.Dict;
        d.Set("ref", RefType);
        d.Set("ReferenceType", RefType);
        d.Set("ProxyType", ProxyType);
        d.Set("CallableProxyType", CallableProxyType);
        Def.Function(d, "proxy", Proxy);
        Def.Function(d, "getweakrefcount", GetWeakRefCount);
        Def.Function(d, "getweakrefs", GetWeakRefs);
        Def.Function(d, "_remove_dead_weakref", RemoveDeadWeakref);
        return m;
    }

    /// <summary>Runs the callbacks of references whose referents were collected (weakrefobject.c's handle_callback).</summary>
    public static void RunPendingCallbacks()
    {
        while (Dead.TryDequeue(out var r))
        {
            var callback = r.Callback;
            r.Callback = null;
            if (callback is not null)
            {
                Ops.Call(callback, [r]);
            }
        }
    }

    /// <summary>Objects CPython gives no weak-reference slot: ints, strs, tuples, lists, dicts, None... (tp_weaklistoffset == 0).</summary>
    private static bool CanBeWeaklyReferenced(PyObject o) =>
        o is PyInstance or PyFunction or PyType or PyModule or PyMethod or PySet or PyBuiltinFunction or IWeaklyReferenceable
        || o.Type.Name is "generator" or "code" or "set" or "frozenset";

    private static PyWeakRef NewRef(PyType type, PyObject referent, PyObject? callback)
    {
        RunPendingCallbacks();
        if (!CanBeWeaklyReferenced(referent))
        {
            throw Errors.TypeError($"cannot create weak reference to '{referent.Type.Name}' object");
        }
        var holder = Table.GetOrCreateValue(referent);
        lock (holder.Refs)
        {
            // weakrefobject.c reuses the basic callback-less ref of an object.
            if (callback is null && type == RefType)
            {
                foreach (var existing in holder.Refs)
                {
                    if (existing.Callback is null && existing.Type == RefType)
                    {
                        return existing;
                    }
                }
            }
            var r = new PyWeakRef(type, referent, callback);
            holder.Refs.Add(r);
            return r;
        }
    }

    private static PyType MakeRefType()
    {
        var t = new PyType("ReferenceType", [TypeObjects.Object], module: "weakref") { NativeNew = RefNew };
        t.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", RefNewStatic));
        Def.Slot(t, "__init__", RefInit);
        Def.Slot(t, "__call__", RefCall);
        Def.Slot(t, "__hash__", RefHash);
        Def.Slot(t, "__eq__", RefEq);
        Def.Slot(t, "__ne__", RefNe);
        Def.Slot(t, "__repr__", RefRepr);
        t.Dict["__callback__"] = new PyProperty(new PyBuiltinFunction("__callback__", RefCallback), null, null, PyNone.Instance);
        t.Dict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", ClassGetItem));
        return t;
    }

    private static PyObject RefNew(PyType type, PyObject[] a, PyDict? k)
    {
        if (a.Length is < 1 or > 2)
        {
            throw Errors.TypeError($"__new__ expected at most 2 arguments, got {a.Length}");
        }
        var callback = a.Length > 1 && a[1] is not PyNone ? a[1] : null;
        return NewRef(type, a[0], callback);
    }

    private static PyObject RefNewStatic(PyObject[] a, PyDict? k) => RefNew((PyType)a[0], a[1..], k);

    private static PyObject RefInit(PyObject[] a, PyDict? k) => PyNone.Instance;

    private static PyObject RefCall(PyObject[] a, PyDict? k)
    {
        if (a.Length != 1)
        {
            throw Errors.TypeError($"weakref() takes no arguments");
        }
        return ((PyWeakRef)a[0]).Referent ?? PyNone.Instance;
    }

    private static PyObject RefCallback(PyObject[] a, PyDict? k) => ((PyWeakRef)a[0]).Callback ?? PyNone.Instance;

    /// <summary>weakref_hash: the referent's hash, remembered; a dead reference that never hashed cannot.</summary>
    private static PyObject RefHash(PyObject[] a, PyDict? k)
    {
        var r = (PyWeakRef)a[0];
        if (r.HashValue is { } h)
        {
            return PyInt.From(h);
        }
        var o = r.Referent ?? throw Errors.TypeError("weak object has gone away");
        r.HashValue = Ops.Hash(o);
        return PyInt.From(r.HashValue.Value);
    }

    /// <summary>weakref_richcompare: live references compare their referents, dead ones by identity.</summary>
    private static PyObject RefEq(PyObject[] a, PyDict? k)
    {
        if (a[1] is not PyWeakRef other)
        {
            return PyNotImplemented.Instance;
        }
        var self = (PyWeakRef)a[0];
        var x = self.Referent;
        var y = other.Referent;
        if (x is null || y is null)
        {
            return PyBool.From(ReferenceEquals(self, other));
        }
        return Ops.Compare(Ast.CompareOperator.Eq, x, y);
    }

    private static PyObject RefNe(PyObject[] a, PyDict? k)
    {
        var eq = RefEq(a, k);
        return eq is PyNotImplemented ? eq : PyBool.From(!Ops.IsTrue(eq));
    }

    private static PyObject RefRepr(PyObject[] a, PyDict? k)
    {
        var r = (PyWeakRef)a[0];
        var o = r.Referent;
        var id = $"0x{Identity.Of(r):x}";
        if (o is null)
        {
            return PyStr.From($"<weakref at {id}; dead>");
        }
        return PyStr.From($"<weakref at {id}; to '{o.Type.FullName}' at 0x{Identity.Of(o):x}>");
    }

    private static PyObject ClassGetItem(PyObject[] a, PyDict? k) => a[0];

    private static PyType MakeProxyType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], module: "weakref");
        Def.Slot(t, "__getattr__", ProxyGetAttr);
        Def.Slot(t, "__setattr__", ProxySetAttr);
        Def.Slot(t, "__repr__", ProxyRepr);
        Def.Slot(t, "__str__", ProxyStr);
        Def.Slot(t, "__bool__", ProxyBool);
        Def.Slot(t, "__eq__", ProxyEq);
        Def.Slot(t, "__hash__", ProxyHash);
        if (name == "CallableProxyType")
        {
            Def.Slot(t, "__call__", ProxyCall);
        }
        return t;
    }

    private static PyObject Proxy(PyObject[] a, PyDict? k)
    {
        var callable = a[0].Type.Lookup("__call__") is not null || a[0] is PyFunction or PyBuiltinFunction or PyMethod or PyType;
        var callback = a.Length > 1 && a[1] is not PyNone ? a[1] : null;
        return NewRef(callable ? CallableProxyType : ProxyType, a[0], callback);
    }

    private static PyObject Live(PyObject proxy) =>
        ((PyWeakRef)proxy).Referent ?? throw Errors.New(TypeObjects.ReferenceError, "weakly-referenced object no longer exists");

    private static PyObject ProxyGetAttr(PyObject[] a, PyDict? k) => Ops.GetAttr(Live(a[0]), ((PyStr)a[1]).Value);

    private static PyObject ProxySetAttr(PyObject[] a, PyDict? k)
    {
        Ops.SetAttr(Live(a[0]), ((PyStr)a[1]).Value, a[2]);
        return PyNone.Instance;
    }

    private static PyObject ProxyRepr(PyObject[] a, PyDict? k)
    {
        var o = Live(a[0]);
        return PyStr.From($"<weakproxy at 0x{Identity.Of(a[0]):x}; to '{o.Type.FullName}' at 0x{Identity.Of(o):x}>");
    }

    private static PyObject ProxyStr(PyObject[] a, PyDict? k) => PyStr.From(Ops.Str(Live(a[0])));

    private static PyObject ProxyBool(PyObject[] a, PyDict? k) => PyBool.From(Ops.IsTrue(Live(a[0])));

    private static PyObject ProxyEq(PyObject[] a, PyDict? k) =>
        Ops.Compare(Ast.CompareOperator.Eq, Live(a[0]), a[1] is PyWeakRef { Type.Name: "ProxyType" or "CallableProxyType" } p ? Live(p) : a[1]);

    private static PyObject ProxyHash(PyObject[] a, PyDict? k) => throw Errors.TypeError($"unhashable type: '{a[0].Type.Name}'");

    private static PyObject ProxyCall(PyObject[] a, PyDict? k) => Ops.Call(Live(a[0]), a[1..], k);

    private static PyObject GetWeakRefCount(PyObject[] a, PyDict? k)
    {
        if (!Table.TryGetValue(a[0], out var holder))
        {
            return PyInt.From(0);
        }
        lock (holder.Refs)
        {
            return PyInt.From(holder.Refs.Count);
        }
    }

    private static PyObject GetWeakRefs(PyObject[] a, PyDict? k)
    {
        var list = new PyList();
        if (Table.TryGetValue(a[0], out var holder))
        {
            lock (holder.Refs)
            {
                foreach (var r in holder.Refs)
                {
                    list.Append(r);
                }
            }
        }
        return list;
    }

    /// <summary>_remove_dead_weakref(dict, key): deletes dict[key] if it is a dead reference (Modules/_weakref.c).</summary>
    private static PyObject RemoveDeadWeakref(PyObject[] a, PyDict? k)
    {
        var dict = (PyDict)a[0];
        if (dict.Get(a[1]) is PyWeakRef { Referent: null })
        {
            dict.Remove(a[1]);
        }
        return PyNone.Instance;
    }
}

/// <summary>A native module's object type that has a weak-reference slot (tp_weaklistoffset != 0), as re.Pattern.</summary>
public interface IWeaklyReferenceable;
