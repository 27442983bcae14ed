using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>Methods of list, tuple, set (Objects/listobject.c, tupleobject.c, setobject.c).</summary>
public static class ContainerMethods
{
    public static void Register()
    {
        var l = TypeObjects.List;
        Def.Method(l, "append", (a, _) => { ((PyList)a[0]).Append(a[1]); return PyNone.Instance; });
        Def.Method(l, "extend", (a, _) => { Ops.ListExtend((PyList)a[0], a[1]); return PyNone.Instance; });
        Def.Method(l, "pop", (a, _) => ListPop((PyList)a[0], a.Length > 1 ? Ops.IndexValue(a[1]) : -1));
        Def.Method(l, "insert", (a, _) => { ListInsert((PyList)a[0], Ops.IndexValue(a[1]), a[2]); return PyNone.Instance; });
        Def.Method(l, "remove", (a, _) => { var list = (PyList)a[0]; list.RemoveAt((int)IndexOf(list.Items, list.Count, a[1], "list.remove(x): x not in list")); return PyNone.Instance; });
        Def.Method(l, "index", (a, _) => PyInt.From(ListIndex((PyList)a[0], a)));
        Def.Method(l, "count", (a, _) => PyInt.From(((PyList)a[0]).ToArray().Count(x => Ops.Eq(x, a[1]))));
        Def.Method(l, "reverse", (a, _) => { var list = (PyList)a[0]; Array.Reverse(list.Items, 0, list.Count); return PyNone.Instance; });
        Def.Method(l, "clear", (a, _) => { var list = (PyList)a[0]; list.Items = []; list.Count = 0; return PyNone.Instance; });
        Def.Method(l, "copy", (a, _) => new PyList(((PyList)a[0]).ToArray()));
        Def.Method(l, "sort", (a, k) => { Sorting.SortList((PyList)a[0], k?.Get("key"), k?.Get("reverse") is { } r && Ops.IsTrue(r)); return PyNone.Instance; });
        Def.Method(l, "__len__", (a, _) => PyInt.From(((PyList)a[0]).Count));
        Def.Method(l, "__getitem__", (a, _) => Ops.GetItemBuiltin(a[0], a[1]));
        Def.Method(l, "__setitem__", (a, _) => { Ops.SetItemBuiltin(a[0], a[1], a[2]); return PyNone.Instance; });
        Def.Method(l, "__contains__", (a, _) => PyBool.From(Ops.ContainsBuiltin(a[0], a[1])));
        Def.Method(l, "__iter__", (a, _) => Ops.GetIterBuiltin(a[0]));

        var r = TypeObjects.Range;
        Def.Method(r, "count", (a, _) => PyInt.From(RangeCount((PyRange)a[0], a[1])));
        Def.Method(r, "index", (a, _) => RangeIndex((PyRange)a[0], a[1]));
        Def.Method(TypeObjects.Slice, "indices", (a, _) => SliceIndices((PySlice)a[0], a[1]));

        var t = TypeObjects.Tuple;
        Def.Method(t, "index", (a, _) => PyInt.From(TupleIndex((PyTuple)a[0], a)));
        Def.Method(t, "count", (a, _) => PyInt.From(((PyTuple)a[0]).Items.Count(x => Ops.Eq(x, a[1]))));
        Def.Method(t, "__len__", (a, _) => PyInt.From(((PyTuple)a[0]).Items.Length));
        Def.Method(t, "__getitem__", (a, _) => Ops.GetItemBuiltin(a[0], a[1]));

        foreach (var st in new[] { TypeObjects.Set, TypeObjects.FrozenSet })
        {
            Def.Method(st, "union", (a, _) => a[1..].Aggregate((PySet)a[0], (acc, x) => SetOps.Binary(Ast.Operator.BitOr, acc, ToSet(x))));
            Def.Method(st, "intersection", (a, _) => a[1..].Aggregate((PySet)a[0], (acc, x) => SetOps.Binary(Ast.Operator.BitAnd, acc, ToSet(x))));
            Def.Method(st, "difference", (a, _) => a[1..].Aggregate((PySet)a[0], (acc, x) => SetOps.Binary(Ast.Operator.Sub, acc, ToSet(x))));
            Def.Method(st, "symmetric_difference", (a, _) => SetOps.Binary(Ast.Operator.BitXor, (PySet)a[0], ToSet(a[1])));
            Def.Method(st, "issubset", (a, _) => PyBool.From(((PySet)a[0]).ToArray().All(ToSet(a[1]).Contains)));
            Def.Method(st, "issuperset", (a, _) => PyBool.From(ToSet(a[1]).ToArray().All(((PySet)a[0]).Contains)));
            Def.Method(st, "isdisjoint", (a, _) => PyBool.From(!((PySet)a[0]).ToArray().Any(ToSet(a[1]).Contains)));
            Def.Method(st, "copy", (a, _) => Copy((PySet)a[0], ((PySet)a[0]).Frozen));
            Def.Method(st, "__len__", (a, _) => PyInt.From(((PySet)a[0]).Count));
            Def.Method(st, "__contains__", (a, _) => PyBool.From(Ops.ContainsBuiltin(a[0], a[1])));
        }
        var s = TypeObjects.Set;
        Def.Method(s, "add", (a, _) => { ((PySet)a[0]).Add(a[1]); return PyNone.Instance; });
        Def.Method(s, "discard", (a, _) => { ((PySet)a[0]).Items.Remove(a[1]); return PyNone.Instance; });
        Def.Method(s, "remove", (a, _) => ((PySet)a[0]).Items.Remove(a[1]) ? PyNone.Instance : throw Errors.KeyError(a[1]));
        Def.Method(s, "pop", (a, _) => ((PySet)a[0]).Items.PopLast() is { } kv ? kv.Key : throw Errors.New(TypeObjects.KeyError, "pop from an empty set"));
        Def.Method(s, "clear", (a, _) => { ((PySet)a[0]).Items.Clear(); return PyNone.Instance; });
        Def.Method(s, "update", (a, _) => { foreach (var x in a[1..]) { foreach (var item in Conversions.ToArray(x)) { ((PySet)a[0]).Add(item); } } return PyNone.Instance; });
        Def.Method(s, "difference_update", (a, _) => { foreach (var other in a[1..]) { foreach (var item in Conversions.ToArray(other)) { ((PySet)a[0]).Items.Remove(item); } } return PyNone.Instance; });
        Def.Method(s, "symmetric_difference_update", (a, _) => { var set = (PySet)a[0]; var result = SetOps.Binary(Ast.Operator.BitXor, set, ToSet(a[1])); set.Items.Clear(); foreach (var x in result.ToArray()) { set.Add(x); } return PyNone.Instance; });
        Def.Method(s, "intersection_update", (a, _) => { var set = (PySet)a[0]; var keep = SetOps.Binary(Ast.Operator.BitAnd, set, ToSet(a[1])); set.Items.Clear(); foreach (var x in keep.ToArray()) { set.Add(x); } return PyNone.Instance; });
    }

    /// <summary>range.count: an int is counted arithmetically; other values by equality with each element (rangeobject.c range_count).</summary>
    private static long RangeCount(PyRange range, PyObject value)
    {
        if (value is PyInt or PyLong)
        {
            return Ops.Contains(range, value) ? 1 : 0;
        }
        long n = 0;
        for (var i = 0L; i < range.Length; i++)
        {
            if (Ops.Eq(PyInt.From(range.Start + i * range.Step), value))
            {
                n++;
            }
        }
        return n;
    }

    private static PyObject RangeIndex(PyRange range, PyObject value)
    {
        if (value is PyInt i && Ops.Contains(range, value))
        {
            return PyInt.From((i.Value - range.Start) / range.Step);
        }
        for (var j = 0L; j < range.Length && value is not PyInt; j++)
        {
            if (Ops.Eq(PyInt.From(range.Start + j * range.Step), value))
            {
                return PyInt.From(j);
            }
        }
        throw Errors.ValueError($"{Ops.Repr(value)} is not in range");
    }

    /// <summary>slice.indices(length): the clamped (start, stop, step) for a sequence of that length.</summary>
    private static PyTuple SliceIndices(PySlice slice, PyObject length)
    {
        var n = Ops.IndexValue(length);
        if (n < 0)
        {
            throw Errors.ValueError("length should not be negative");
        }
        slice.Indices(n, out var start, out var stop, out var step);
        return PyTuple.Of(PyInt.From(start), PyInt.From(stop), PyInt.From(step));
    }

    public static PySet ToSet(PyObject o) => o as PySet ?? Copy(Conversions.ToArray(o), false);

    public static PySet Copy(PySet s, bool frozen) => Copy(s.ToArray(), frozen);

    public static PySet Copy(PyObject[] items, bool frozen)
    {
        var result = new PySet(frozen);
        foreach (var x in items)
        {
            result.Add(x);
        }
        return result;
    }

    private static PyObject ListPop(PyList list, long index)
    {
        if (list.Count == 0)
        {
            throw Errors.IndexError("pop from empty list");
        }
        var i = (int)Ops.NormalizeIndex(index, list.Count, "pop");
        var v = list.Items[i];
        list.RemoveAt(i);
        return v;
    }

    private static void ListInsert(PyList list, long index, PyObject value)
    {
        if (index < 0)
        {
            index = Math.Max(0, index + list.Count);
        }
        list.Insert((int)Math.Min(index, list.Count), value);
    }

    private static long ListIndex(PyList list, PyObject[] a)
    {
        var slice = new PySlice(a.Length > 2 ? a[2] : PyNone.Instance, a.Length > 3 ? a[3] : PyNone.Instance, PyNone.Instance);
        slice.Indices(list.Count, out var start, out var stop, out _);
        for (var i = start; i < stop; i++)
        {
            if (ReferenceEquals(list.Items[i], a[1]) || Ops.Eq(list.Items[i], a[1]))
            {
                return i;
            }
        }
        throw Errors.ValueError($"{Ops.Repr(a[1])} is not in list");
    }

    private static long TupleIndex(PyTuple tuple, PyObject[] a)
    {
        var slice = new PySlice(a.Length > 2 ? a[2] : PyNone.Instance, a.Length > 3 ? a[3] : PyNone.Instance, PyNone.Instance);
        slice.Indices(tuple.Items.Length, out var start, out var stop, out _);
        for (var i = start; i < stop; i++)
        {
            if (ReferenceEquals(tuple.Items[i], a[1]) || Ops.Eq(tuple.Items[i], a[1]))
            {
                return i;
            }
        }
        throw Errors.ValueError("tuple.index(x): x not in tuple");
    }

    private static long IndexOf(PyObject[] items, int count, PyObject value, string message)
    {
        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(items[i], value) || Ops.Eq(items[i], value))
            {
                return i;
            }
        }
        throw Errors.ValueError(message);
    }
}

/// <summary>Methods of dict (Objects/dictobject.c).</summary>
public static class DictMethods
{
    public static void Register()
    {
        var d = TypeObjects.Dict;
        Def.Method(d, "get", (a, _) => ((PyDict)a[0]).Get(a[1]) ?? (a.Length > 2 ? a[2] : PyNone.Instance));
        Def.Method(d, "keys", (a, _) => new PyDictView((PyDict)a[0], 0));
        Def.Method(d, "values", (a, _) => new PyDictView((PyDict)a[0], 1));
        Def.Method(d, "items", (a, _) => new PyDictView((PyDict)a[0], 2));
        Def.Method(d, "pop", (a, _) => Pop((PyDict)a[0], a[1], a.Length > 2 ? a[2] : null));
        Def.Method(d, "popitem", (a, _) => ((PyDict)a[0]).PopLast() is { } kv ? PyTuple.Of(kv.Key, kv.Value) : throw Errors.New(TypeObjects.KeyError, "popitem(): dictionary is empty"));
        Def.Method(d, "setdefault", (a, _) => SetDefault((PyDict)a[0], a[1], a.Length > 2 ? a[2] : PyNone.Instance));
        Def.Method(d, "update", (a, k) => { if (a.Length > 1) { Update((PyDict)a[0], a[1]); } if (k is not null) { Update((PyDict)a[0], k); } return PyNone.Instance; });
        Def.Method(d, "clear", (a, _) => { ((PyDict)a[0]).Clear(); return PyNone.Instance; });
        Def.Method(d, "copy", (a, _) => ((PyDict)a[0]).Copy());
        Def.Method(d, "__len__", (a, _) => PyInt.From(((PyDict)a[0]).Count));
        Def.Method(d, "__getitem__", (a, _) => ((PyDict)a[0]).Get(a[1]) ?? (a[0].Type.Lookup("__missing__") is { } missing ? Ops.CallMethod(missing, a[0], a[1]) : throw Errors.KeyError(a[1])));
        Def.Method(d, "__setitem__", (a, _) => { ((PyDict)a[0]).Set(a[1], a[2]); return PyNone.Instance; });
        Def.Method(d, "__contains__", (a, _) => PyBool.From(((PyDict)a[0]).ContainsKey(a[1])));
        Def.Method(d, "__iter__", (a, _) => new DictIterator((PyDict)a[0], 0));
        d.Dict["fromkeys"] = new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, _) =>
        {
            var result = new PyDict();
            foreach (var k in Conversions.ToArray(a[1]))
            {
                result.Set(k, a.Length > 2 ? a[2] : PyNone.Instance);
            }
            return result;
        }));
    }

    private static PyObject Pop(PyDict d, PyObject key, PyObject? fallback)
    {
        var v = d.Get(key);
        if (v is null)
        {
            return fallback ?? throw Errors.KeyError(key);
        }
        d.Remove(key);
        return v;
    }

    private static PyObject SetDefault(PyDict d, PyObject key, PyObject value)
    {
        var v = d.Get(key);
        if (v is not null)
        {
            return v;
        }
        d.Set(key, value);
        return value;
    }

    public static void Update(PyDict target, PyObject source)
    {
        if (source is PyDict d)
        {
            for (var i = 0; i < d.EntryCount; i++)
            {
                if (d.KeyAt(i) is { } k)
                {
                    target.Set(k, d.ValueAt(i)!);
                }
            }
            return;
        }
        if (source.Type.Lookup("keys") is { } keys)
        {
            foreach (var k in Conversions.ToArray(Ops.CallMethod(keys, source)))
            {
                target.Set(k, Ops.GetItem(source, k));
            }
            return;
        }
        foreach (var pair in Conversions.ToArray(source))
        {
            var kv = Conversions.ToArray(pair);
            if (kv.Length != 2)
            {
                throw Errors.ValueError($"dictionary update sequence element has length {kv.Length}; 2 is required");
            }
            target.Set(kv[0], kv[1]);
        }
    }
}
