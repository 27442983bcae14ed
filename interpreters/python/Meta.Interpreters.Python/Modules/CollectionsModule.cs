using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>A deque: a ring buffer, O(1) at both ends (Modules/_collectionsmodule.c uses linked blocks).</summary>
public sealed class PyDeque(PyType type) : PyObject
{
    public PyObject[] Items = new PyObject[8];
    public int Head;
    public int Count;
    public int MaxLen = -1;

    /// <summary>Bumped by every mutation: iterators fail when the deque changes under them, as CPython's.</summary>
    public int State;

    public override PyType Type => type;

    public PyObject this[int i]
    {
        get => Items[(Head + i) % Items.Length];
        set => Items[(Head + i) % Items.Length] = value;
    }

    private void Grow()
    {
        if (Count < Items.Length)
        {
            return;
        }
        var bigger = new PyObject[Items.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            bigger[i] = this[i];
        }
        Items = bigger;
        Head = 0;
    }

    public void AppendRight(PyObject v)
    {
        State++;
        if (MaxLen == 0)
        {
            return;
        }
        if (Count == MaxLen)
        {
            PopLeft();
        }
        Grow();
        Items[(Head + Count) % Items.Length] = v;
        Count++;
    }

    public void AppendLeft(PyObject v)
    {
        State++;
        if (MaxLen == 0)
        {
            return;
        }
        if (Count == MaxLen)
        {
            PopRight();
        }
        Grow();
        Head = (Head - 1 + Items.Length) % Items.Length;
        Items[Head] = v;
        Count++;
    }

    public PyObject PopRight()
    {
        State++;
        var i = (Head + Count - 1) % Items.Length;
        var v = Items[i];
        Items[i] = null!;
        Count--;
        return v;
    }

    public PyObject PopLeft()
    {
        State++;
        var v = Items[Head];
        Items[Head] = null!;
        Head = (Head + 1) % Items.Length;
        Count--;
        return v;
    }

    public PyObject[] ToArray()
    {
        var a = new PyObject[Count];
        for (var i = 0; i < Count; i++)
        {
            a[i] = this[i];
        }
        return a;
    }

    public void SetAll(PyObject[] items)
    {
        State++;
        Items = new PyObject[Math.Max(8, items.Length * 2)];
        Head = 0;
        Count = 0;
        foreach (var x in items)
        {
            Items[Count++] = x;
        }
    }
}

/// <summary>
/// _collections (Modules/_collectionsmodule.c): deque with maxlen, rotation, indexing, the
/// mutation checks of its iterators and CPython's messages; _count_elements (Counter's helper).
/// defaultdict is a dict subclass (its instances are <see cref="PyDictSub"/>, the builtin dict
/// subclass machinery of Objects/BuiltinSubclasses.cs); collections.py keeps its pure-Python OrderedDict, as PyPy does.
/// </summary>
public static class CollectionsModule
{
    public static readonly PyType DequeType = MakeDequeType();
    public static readonly PyType DequeIteratorType = new("_deque_iterator", [TypeObjects.Iterator], module: "_collections");
    public static readonly PyType DequeReverseIteratorType = new("_deque_reverse_iterator", [TypeObjects.Iterator], module: "_collections");

    public static PyModule Create()
    {
        var m = new PyModule("_collections");
        m.Dict.Set("deque", DequeType);
        m.Dict.Set("_deque_iterator", DequeIteratorType);
        m.Dict.Set("_deque_reverse_iterator", DequeReverseIteratorType);
        m.Dict.Set("defaultdict", DefaultDictType);
        Def.Function(m.Dict, "_count_elements", CountElements);
        return m;
    }

    public static readonly PyType DefaultDictType = MakeDefaultDictType();

    private static PyType MakeDefaultDictType()
    {
        var t = new PyType("defaultdict", [TypeObjects.Dict], module: "collections") { NativeNew = NewDefaultDict };
        Def.Slot(t, "__init__", DefaultDictInit);
        Def.Slot(t, "__missing__", Missing);
        Def.Slot(t, "__repr__", DefaultDictRepr);
        Def.Method(t, "copy", DefaultDictCopy);
        Def.Slot(t, "__copy__", DefaultDictCopy);
        return t;
    }

    private static PyObject NewDefaultDict(PyType type, PyObject[] a, PyDict? k)
    {
        var d = new PyDictSub(type);
        d.Attributes.SetAttribute("default_factory", PyNone.Instance);
        if (!type.IsHeapType)
        {
            DefaultDictInit([d, .. a], k);
        }
        return d;
    }

    /// <summary>defdict_init: the first argument is the factory (callable or None), the rest go to dict.update.</summary>
    private static PyObject DefaultDictInit(PyObject[] a, PyDict? k)
    {
        var d = (PyDictSub)a[0];
        PyObject factory = PyNone.Instance;
        if (a.Length > 1)
        {
            factory = a[1];
            if (factory is not PyNone && !IsCallable(factory))
            {
                throw Errors.TypeError("first argument must be callable or None");
            }
        }
        d.Attributes.SetAttribute("default_factory", factory);
        if (a.Length > 3)
        {
            throw Errors.TypeError($"dict expected at most 1 argument, got {a.Length - 2}");
        }
        if (a.Length > 2)
        {
            DictMethods.Update(d, a[2]);
        }
        if (k is not null)
        {
            DictMethods.Update(d, k);
        }
        return PyNone.Instance;
    }

    private static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyMethod or PyType || o.Type.Lookup("__call__") is not null;

    private static PyObject Factory(PyDictSub d) => d.Attributes.GetAttribute("default_factory") ?? PyNone.Instance;

    /// <summary>defdict_missing: no factory raises KeyError; else the factory's value is stored and returned.</summary>
    private static PyObject Missing(PyObject[] a, PyDict? k)
    {
        var d = (PyDictSub)a[0];
        var factory = Factory(d);
        if (factory is PyNone)
        {
            throw Errors.KeyError(a[1]);
        }
        var value = Ops.Call(factory, []);
        Ops.SetItem(d, a[1], value);
        return value;
    }

    private static PyObject DefaultDictRepr(PyObject[] a, PyDict? k)
    {
        var d = (PyDictSub)a[0];
        var plain = new PyDict();
        DictMethods.Update(plain, d);
        return PyStr.From($"{d.Type.Name}({Ops.Repr(Factory(d))}, {Ops.Repr(plain)})");
    }

    private static PyObject DefaultDictCopy(PyObject[] a, PyDict? k)
    {
        var d = (PyDictSub)a[0];
        var c = new PyDictSub(d.Type);
        c.Attributes.SetAttribute("default_factory", Factory(d));
        DictMethods.Update(c, d);
        return c;
    }

    private static PyType MakeDequeType()
    {
        var t = new PyType("deque", [TypeObjects.Object], module: "collections") { NativeNew = New };
        Def.Slot(t, "__init__", Init);
        Def.Method(t, "append", Append);
        Def.Method(t, "appendleft", AppendLeft);
        Def.Method(t, "pop", Pop);
        Def.Method(t, "popleft", PopLeft);
        Def.Method(t, "extend", Extend);
        Def.Method(t, "extendleft", ExtendLeft);
        Def.Method(t, "clear", Clear);
        Def.Method(t, "rotate", Rotate);
        Def.Method(t, "count", Count);
        Def.Method(t, "index", Index);
        Def.Method(t, "remove", Remove);
        Def.Method(t, "insert", Insert);
        Def.Method(t, "reverse", Reverse);
        Def.Method(t, "copy", Copy);
        Def.Slot(t, "__copy__", Copy);
        Def.Slot(t, "__len__", Len);
        Def.Slot(t, "__bool__", Bool);
        Def.Slot(t, "__iter__", Iter);
        Def.Slot(t, "__reversed__", Reversed);
        Def.Slot(t, "__getitem__", GetItem);
        Def.Slot(t, "__setitem__", SetItem);
        Def.Slot(t, "__delitem__", DelItem);
        Def.Slot(t, "__contains__", Contains);
        Def.Slot(t, "__repr__", Repr);
        Def.Slot(t, "__eq__", Eq);
        Def.Slot(t, "__ne__", Ne);
        Def.Slot(t, "__iadd__", IAdd);
        Def.Slot(t, "__add__", Add);
        t.Dict["__hash__"] = PyNone.Instance;
        t.Dict["maxlen"] = new PyProperty(new PyBuiltinFunction("maxlen", MaxLen), null, null, PyNone.Instance);
        t.Dict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", ClassGetItem));
        return t;
    }

    private static PyDeque Self(PyObject o) => (PyDeque)o;

    private static PyObject New(PyType type, PyObject[] a, PyDict? k)
    {
        var d = new PyDeque(type);
        // Builtin types get no __init__ call from type.__call__ in the core; a subclass does, and re-initializes.
        if (!type.IsHeapType)
        {
            Init([d, .. a], k);
        }
        return d;
    }

    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var maxlen = Def.Arg(a, k, 2, "maxlen");
        d.MaxLen = maxlen is null or PyNone ? -1 : (int)Ops.IndexValue(maxlen);
        if (maxlen is not null and not PyNone && d.MaxLen < 0)
        {
            throw Errors.ValueError("maxlen must be non-negative");
        }
        d.SetAll([]);
        if (Def.Arg(a, k, 1, "iterable") is { } iterable and not PyNone)
        {
            foreach (var x in Conversions.ToArray(iterable))
            {
                d.AppendRight(x);
            }
        }
        return PyNone.Instance;
    }

    private static PyObject MaxLen(PyObject[] a, PyDict? k) => Self(a[0]).MaxLen < 0 ? PyNone.Instance : PyInt.From(Self(a[0]).MaxLen);

    private static PyObject ClassGetItem(PyObject[] a, PyDict? k) => GenericAlias.Make(a[0], a[1]);

    private static PyObject Append(PyObject[] a, PyDict? k)
    {
        Self(a[0]).AppendRight(a[1]);
        return PyNone.Instance;
    }

    private static PyObject AppendLeft(PyObject[] a, PyDict? k)
    {
        Self(a[0]).AppendLeft(a[1]);
        return PyNone.Instance;
    }

    private static PyObject Pop(PyObject[] a, PyDict? k) =>
        Self(a[0]).Count == 0 ? throw Errors.IndexError("pop from an empty deque") : Self(a[0]).PopRight();

    private static PyObject PopLeft(PyObject[] a, PyDict? k) =>
        Self(a[0]).Count == 0 ? throw Errors.IndexError("pop from an empty deque") : Self(a[0]).PopLeft();

    private static PyObject Extend(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        // Extending a deque with itself iterates over a snapshot (deque_extend).
        foreach (var x in Conversions.ToArray(a[1]))
        {
            d.AppendRight(x);
        }
        return PyNone.Instance;
    }

    private static PyObject ExtendLeft(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        foreach (var x in Conversions.ToArray(a[1]))
        {
            d.AppendLeft(x);
        }
        return PyNone.Instance;
    }

    private static PyObject Clear(PyObject[] a, PyDict? k)
    {
        Self(a[0]).SetAll([]);
        return PyNone.Instance;
    }

    private static PyObject Rotate(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var n = a.Length > 1 ? Ops.IndexValue(a[1]) : 1;
        if (d.Count <= 1)
        {
            return PyNone.Instance;
        }
        var shift = (int)(((n % d.Count) + d.Count) % d.Count);
        var items = d.ToArray();
        var rotated = new PyObject[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            rotated[(i + shift) % items.Length] = items[i];
        }
        var maxLen = d.MaxLen;
        d.SetAll(rotated);
        d.MaxLen = maxLen;
        return PyNone.Instance;
    }

    private static PyObject Count(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var state = d.State;
        var n = 0;
        for (var i = 0; i < d.Count; i++)
        {
            if (Ops.Eq(d[i], a[1]))
            {
                n++;
            }
            if (state != d.State)
            {
                throw Errors.RuntimeError("deque mutated during iteration");
            }
        }
        return PyInt.From(n);
    }

    private static int Normalize(PyDeque d, PyObject key, bool clamp)
    {
        var i = Ops.IndexValue(key);
        if (i < 0)
        {
            i += d.Count;
        }
        if (clamp)
        {
            return (int)Math.Clamp(i, 0, d.Count);
        }
        return i < 0 || i >= d.Count ? throw Errors.IndexError("deque index out of range") : (int)i;
    }

    private static PyObject Index(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var start = a.Length > 2 ? Normalize(d, a[2], true) : 0;
        var stop = a.Length > 3 ? Normalize(d, a[3], true) : d.Count;
        var state = d.State;
        for (var i = start; i < stop && i < d.Count; i++)
        {
            if (Ops.Eq(d[i], a[1]))
            {
                return PyInt.From(i);
            }
            if (state != d.State)
            {
                throw Errors.RuntimeError("deque mutated during iteration");
            }
        }
        throw Errors.ValueError($"{Ops.Repr(a[1])} is not in deque");
    }

    private static PyObject Remove(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        for (var i = 0; i < d.Count; i++)
        {
            if (Ops.Eq(d[i], a[1]))
            {
                DelAt(d, i);
                return PyNone.Instance;
            }
        }
        throw Errors.ValueError($"{Ops.Repr(a[1])} is not in deque");
    }

    private static void DelAt(PyDeque d, int index)
    {
        var items = new List<PyObject>(d.ToArray());
        items.RemoveAt(index);
        var maxLen = d.MaxLen;
        d.SetAll([.. items]);
        d.MaxLen = maxLen;
    }

    private static PyObject Insert(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        if (d.Count == d.MaxLen)
        {
            throw Errors.IndexError("deque already at its maximum size");
        }
        var items = new List<PyObject>(d.ToArray());
        items.Insert(Normalize(d, a[1], true), a[2]);
        var maxLen = d.MaxLen;
        d.SetAll([.. items]);
        d.MaxLen = maxLen;
        return PyNone.Instance;
    }

    private static PyObject Reverse(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var items = d.ToArray();
        Array.Reverse(items);
        var maxLen = d.MaxLen;
        d.SetAll(items);
        d.MaxLen = maxLen;
        return PyNone.Instance;
    }

    private static PyObject Copy(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var c = new PyDeque(d.Type) { MaxLen = d.MaxLen };
        c.SetAll(d.ToArray());
        return c;
    }

    private static PyObject Len(PyObject[] a, PyDict? k) => PyInt.From(Self(a[0]).Count);

    private static PyObject Bool(PyObject[] a, PyDict? k) => PyBool.From(Self(a[0]).Count > 0);

    private sealed class DequeIterator(PyDeque d, bool reverse) : PyIterator
    {
        private readonly int _state = d.State;
        private int _index;

        public override PyType Type => reverse ? DequeReverseIteratorType : DequeIteratorType;

        public override PyObject? Next()
        {
            if (_state != d.State)
            {
                throw Errors.RuntimeError("deque mutated during iteration");
            }
            if (_index >= d.Count)
            {
                return null;
            }
            var i = _index++;
            return reverse ? d[d.Count - 1 - i] : d[i];
        }
    }

    private static PyObject Iter(PyObject[] a, PyDict? k) => new DequeIterator(Self(a[0]), false);

    private static PyObject Reversed(PyObject[] a, PyDict? k) => new DequeIterator(Self(a[0]), true);

    private static PyObject GetItem(PyObject[] a, PyDict? k)
    {
        if (a[1] is PySlice)
        {
            throw Errors.TypeError("sequence index must be integer, not 'slice'");
        }
        var d = Self(a[0]);
        return d[Normalize(d, a[1], false)];
    }

    private static PyObject SetItem(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        d[Normalize(d, a[1], false)] = a[2];
        return PyNone.Instance;
    }

    private static PyObject DelItem(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        DelAt(d, Normalize(d, a[1], false));
        return PyNone.Instance;
    }

    private static PyObject Contains(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var state = d.State;
        for (var i = 0; i < d.Count; i++)
        {
            if (Ops.Eq(d[i], a[1]))
            {
                return PyBool.True;
            }
            if (state != d.State)
            {
                throw Errors.RuntimeError("deque mutated during iteration");
            }
        }
        return PyBool.False;
    }

    [ThreadStatic]
    private static HashSet<PyObject>? _reprActive;

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var name = d.Type.Name;
        _reprActive ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!_reprActive.Add(d))
        {
            return PyStr.From("[...]");
        }
        try
        {
            var sb = new StringBuilder(name).Append("([");
            for (var i = 0; i < d.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                sb.Append(Ops.Repr(d[i]));
            }
            sb.Append(']');
            if (d.MaxLen >= 0)
            {
                sb.Append(", maxlen=").Append(d.MaxLen);
            }
            return PyStr.From(sb.Append(')').ToString());
        }
        finally
        {
            _reprActive.Remove(d);
        }
    }

    private static PyObject Eq(PyObject[] a, PyDict? k)
    {
        if (a[1] is not PyDeque other)
        {
            return PyNotImplemented.Instance;
        }
        var d = Self(a[0]);
        if (d.Count != other.Count)
        {
            return PyBool.False;
        }
        for (var i = 0; i < d.Count; i++)
        {
            if (!Ops.Eq(d[i], other[i]))
            {
                return PyBool.False;
            }
        }
        return PyBool.True;
    }

    private static PyObject Ne(PyObject[] a, PyDict? k)
    {
        var eq = Eq(a, k);
        return eq is PyNotImplemented ? eq : PyBool.From(!Ops.IsTrue(eq));
    }

    private static PyObject IAdd(PyObject[] a, PyDict? k)
    {
        Extend(a, k);
        return a[0];
    }

    private static PyObject Add(PyObject[] a, PyDict? k)
    {
        if (a[1] is not PyDeque other)
        {
            throw Errors.TypeError($"can only concatenate deque (not \"{a[1].Type.Name}\") to deque");
        }
        var c = (PyDeque)Copy(a, k);
        foreach (var x in other.ToArray())
        {
            c.AppendRight(x);
        }
        return c;
    }

    /// <summary>_count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 (Counter.update's helper).</summary>
    private static PyObject CountElements(PyObject[] a, PyDict? k)
    {
        var mapping = a[0];
        var one = PyInt.From(1);
        foreach (var x in Conversions.ToArray(a[1]))
        {
            var current = Ops.Call(Ops.GetAttr(mapping, "get"), [x, PyInt.From(0)]);
            Ops.SetItem(mapping, x, Ops.Binary(Ast.Operator.Add, current, one));
        }
        return PyNone.Instance;
    }
}
