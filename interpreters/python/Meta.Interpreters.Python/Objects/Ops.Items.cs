using System.Text;
using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Objects;

public static partial class Ops
{
    public static long NormalizeIndex(long i, long length, string what)
    {
        if (i < 0)
        {
            i += length;
        }
        if (i < 0 || i >= length)
        {
            throw Errors.IndexError($"{what} index out of range");
        }
        return i;
    }

    public static PyObject GetItem(PyObject obj, PyObject key)
    {
        if (Override(obj, "__getitem__") is { } getitem)
        {
            return CallMethod(getitem, obj, key);
        }
        return GetItemBuiltin(obj, key);
    }

    /// <summary>GetItem with the builtin type's own behaviour, ignoring a subclass's override (what super().getitem reaches).</summary>
    public static PyObject GetItemBuiltin(PyObject obj, PyObject key)
    {
        switch (obj)
        {
            case PyList l:
                if (key is PyInt li)
                {
                    return l.Items[NormalizeIndex(li.Value, l.Count, "list")];
                }
                if (key is PySlice ls)
                {
                    return new PyList(SliceArray(l.Items, l.Count, ls));
                }
                break;
            case PyDict d:
                var v = d.Get(key);
                if (v is not null)
                {
                    return v;
                }
                if (d.Type != TypeObjects.Dict)
                {
                    break;
                }
                throw Errors.KeyError(key);
            case PyTuple t:
                if (key is PyInt ti)
                {
                    return t.Items[NormalizeIndex(ti.Value, t.Items.Length, "tuple")];
                }
                if (key is PySlice ts)
                {
                    return PyTuple.Of(SliceArray(t.Items, t.Items.Length, ts));
                }
                break;
            case PyStr s:
                if (key is PyInt si)
                {
                    var index = NormalizeIndex(si.Value, s.Length, "string");
                    if (s.IsBmp)
                    {
                        return PyStr.FromChar(s.Value[(int)index]);
                    }
                    var offset = CodePoints.ToUtf16(s.Value, index);
                    return PyStr.From(s.Value.Substring(offset, char.IsSurrogatePair(s.Value, offset) ? 2 : 1));
                }
                if (key is PySlice ss)
                {
                    return PyStr.From(s.IsBmp ? SliceString(s.Value, ss) : SliceCodePoints(s.Value, ss));
                }
                break;
            case PyRange r:
                if (key is PyInt ri)
                {
                    return PyInt.From(r.Start + (NormalizeIndex(ri.Value, r.Length, "range object") * r.Step));
                }
                if (key is PySlice rs)
                {
                    rs.Indices(r.Length, out var start, out var stop, out var step);
                    return new PyRange(r.Start + (start * r.Step), r.Start + (stop * r.Step), r.Step * step);
                }
                break;
            case PyByteArray byteArray:
                if (key is PyInt ai)
                {
                    return PyInt.From(byteArray.Items[NormalizeIndex(ai.Value, byteArray.Count, "bytearray")]);
                }
                if (key is PySlice)
                {
                    return new PyByteArray(((PyBytes)GetItemBuiltin(new PyBytes(byteArray.ToArray()), key)).Value);
                }
                break;
            case PyBytes bytes:
                if (key is PyInt bi)
                {
                    return PyInt.From(bytes.Value[NormalizeIndex(bi.Value, bytes.Value.Length, "index")]);
                }
                if (key is PySlice bs)
                {
                    bs.Indices(bytes.Value.Length, out var bstart, out var bstop, out var bstep);
                    var n = PySlice.SliceLength(bstart, bstop, bstep);
                    var result = new byte[n];
                    for (long i = 0, j = bstart; i < n; i++, j += bstep)
                    {
                        result[i] = bytes.Value[j];
                    }
                    return new PyBytes(result);
                }
                break;
            case PyType t2:
                var cgi = t2.Lookup("__class_getitem__");
                if (cgi is not null)
                {
                    return Call(Bind(cgi, t2, t2), [key]);
                }
                return t2;
        }
        var method = obj.Type.Lookup("__getitem__");
        if (method is not null && method is not PyBuiltinFunction { IsSlot: false })
        {
            return CallMethod(method, obj, key);
        }
        if (obj is PyDict)
        {
            var missing = obj.Type.Lookup("__missing__");
            if (missing is not null)
            {
                return CallMethod(missing, obj, key);
            }
            throw Errors.KeyError(key);
        }
        if (obj is PyList or PyTuple or PyStr or PyRange or PyBytes && key is PyInstance && key.Type.Lookup("__index__") is not null)
        {
            return GetItem(obj, PyInt.From(IndexValue(key)));
        }
        if (obj is PyStr)
        {
            throw Errors.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        }
        if (obj is PyList or PyTuple or PyRange)
        {
            throw Errors.TypeError($"{obj.Type.Name} indices must be integers or slices, not {key.Type.Name}");
        }
        if (IsInt(key) && obj is PyList or PyTuple or PyStr)
        {
            throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
        }
        throw Errors.TypeError($"'{obj.Type.Name}' object is not subscriptable");
    }

    public static PyObject[] SliceArray(PyObject[] items, int count, PySlice slice)
    {
        slice.Indices(count, out var start, out var stop, out var step);
        var n = PySlice.SliceLength(start, stop, step);
        var result = new PyObject[n];
        if (step == 1)
        {
            Array.Copy(items, start, result, 0, n);
            return result;
        }
        for (long i = 0, j = start; i < n; i++, j += step)
        {
            result[i] = items[j];
        }
        return result;
    }

    private static string SliceCodePoints(string s, PySlice slice)
    {
        var points = CodePoints.Split(s);
        slice.Indices(points.Length, out var start, out var stop, out var step);
        var n = PySlice.SliceLength(start, stop, step);
        var sb = new StringBuilder();
        for (long i = 0, j = start; i < n; i++, j += step)
        {
            sb.Append(points[j]);
        }
        return sb.ToString();
    }

    private static string SliceString(string s, PySlice slice)
    {
        slice.Indices(s.Length, out var start, out var stop, out var step);
        var n = PySlice.SliceLength(start, stop, step);
        if (step == 1)
        {
            return s.Substring((int)start, (int)n);
        }
        var chars = new char[n];
        for (long i = 0, j = start; i < n; i++, j += step)
        {
            chars[i] = s[(int)j];
        }
        return new string(chars);
    }

    public static void SetItem(PyObject obj, PyObject key, PyObject value)
    {
        if (Override(obj, "__setitem__") is { } setitem)
        {
            CallMethod(setitem, obj, key, value);
            return;
        }
        SetItemBuiltin(obj, key, value);
    }

    /// <summary>SetItem with the builtin type's own behaviour, ignoring a subclass's override.</summary>
    public static void SetItemBuiltin(PyObject obj, PyObject key, PyObject value)
    {
        switch (obj)
        {
            case PyList l when key is PyInt li:
                l.Items[NormalizeIndex(li.Value, l.Count, "list assignment")] = value;
                return;
            case PyList l when key is PySlice ls:
                ListSetSlice(l, ls, value);
                return;
            case PyDict d when d.Type == TypeObjects.Dict:
                d.Set(key, value);
                return;
            case PyByteArray byteArray:
                ByteArraySetItem(byteArray, key, value);
                return;
        }
        var method = obj.Type.Lookup("__setitem__");
        if (method is not null && method is not PyBuiltinFunction { IsSlot: false })
        {
            CallMethod(method, obj, key, value);
            return;
        }
        if (obj is PyDict dict)
        {
            dict.Set(key, value);
            return;
        }
        throw Errors.TypeError($"'{obj.Type.Name}' object does not support item assignment");
    }

    private static void ListSetSlice(PyList l, PySlice slice, PyObject value)
    {
        var items = Builtins.Conversions.ToArray(value);
        slice.Indices(l.Count, out var start, out var stop, out var step);
        if (step == 1)
        {
            if (stop < start)
            {
                stop = start;
            }
            var tail = l.ToArray()[(int)stop..];
            l.Count = (int)start;
            foreach (var x in items)
            {
                l.Append(x);
            }
            foreach (var x in tail)
            {
                l.Append(x);
            }
            return;
        }
        var n = PySlice.SliceLength(start, stop, step);
        if (n != items.Length)
        {
            throw Errors.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {n}");
        }
        for (long i = 0, j = start; i < n; i++, j += step)
        {
            l.Items[j] = items[i];
        }
    }

    public static void DelItem(PyObject obj, PyObject key)
    {
        if (Override(obj, "__delitem__") is { } delitem)
        {
            CallMethod(delitem, obj, key);
            return;
        }
        switch (obj)
        {
            case PyByteArray byteArray:
                ByteArrayDelItem(byteArray, key);
                return;
            case PyList l when key is PyInt li:
                l.RemoveAt((int)NormalizeIndex(li.Value, l.Count, "list assignment"));
                return;
            case PyList l when key is PySlice ls:
                ls.Indices(l.Count, out var start, out var stop, out var step);
                var keep = new List<PyObject>();
                var n = PySlice.SliceLength(start, stop, step);
                var removed = new HashSet<long>();
                for (long i = 0, j = start; i < n; i++, j += step)
                {
                    removed.Add(j);
                }
                for (var i = 0; i < l.Count; i++)
                {
                    if (!removed.Contains(i))
                    {
                        keep.Add(l.Items[i]);
                    }
                }
                l.Items = keep.ToArray();
                l.Count = l.Items.Length;
                return;
            case PyDict d when d.Type == TypeObjects.Dict:
                if (!d.Remove(key))
                {
                    throw Errors.KeyError(key);
                }
                return;
        }
        var method = obj.Type.Lookup("__delitem__");
        if (method is not null && method is not PyBuiltinFunction { IsSlot: false })
        {
            CallMethod(method, obj, key);
            return;
        }
        if (obj is PyDict dict)
        {
            if (!dict.Remove(key))
            {
                throw Errors.KeyError(key);
            }
            return;
        }
        throw Errors.TypeError($"'{obj.Type.Name}' object doesn't support item deletion");
    }

    public static long Len(PyObject obj)
    {
        if (Override(obj, "__len__") is { } len)
        {
            var n = IndexValue(CallMethod(len, obj));
            return n >= 0 ? n : throw Errors.ValueError("__len__() should return >= 0");
        }
        switch (obj)
        {
            case PyStr s:
                return s.Length;
            case PyList l:
                return l.Count;
            case PyTuple t:
                return t.Items.Length;
            case PyDict d:
                return d.Count;
            case PySet st:
                return st.Count;
            case PyRange r:
                return r.Length;
            case PyDictView v:
                return v.Dict.Count;
            case PyBytes b:
                return b.Value.Length;
            case PyByteArray ba:
                return ba.Count;
        }
        var method = obj.Type.Lookup("__len__");
        if (method is not null)
        {
            var n = IndexValue(CallMethod(method, obj));
            if (n < 0)
            {
                throw Errors.ValueError("__len__() should return >= 0");
            }
            return n;
        }
        throw Errors.TypeError($"object of type '{obj.Type.Name}' has no len()");
    }

    public static PyObject GetIter(PyObject obj)
    {
        if (Override(obj, "__iter__") is { } iter)
        {
            var it = CallMethod(iter, obj);
            return it is PyIterator || it.Type.Lookup("__next__") is not null ? it : throw Errors.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
        }
        return GetIterBuiltin(obj);
    }

    /// <summary>GetIter with the builtin type's own behaviour, ignoring a subclass's override (what super().getiter reaches).</summary>
    public static PyObject GetIterBuiltin(PyObject obj)
    {
        switch (obj)
        {
            case PyList l:
                return new ListIterator(l);
            case PyTuple t:
                return new ArrayIterator(t.Items);
            case PyRange r:
                return new RangeIterator(r.Start, r.Step, r.Length);
            case PyStr s:
                return new StrIterator(s.Value);
            case PyDict d when !d.Type.IsHeapType || d.Type.Lookup("__iter__") is PyBuiltinFunction:
                return new DictIterator(d, 0);
            case PySet st:
                return new SetIterator(st);
            case PyDictView v:
                return new DictIterator(v.Dict, v.Kind);
            case PyIterator:
                return obj;
            case PyBytes b:
                return new ArrayIterator(ByteInts(b.Value));
            case PyByteArray ba:
                return new ArrayIterator(ByteInts(ba.ToArray()));
        }
        var method = obj.Type.Lookup("__iter__");
        if (method is not null)
        {
            var it = CallMethod(method, obj);
            if (it is not PyIterator && it.Type.Lookup("__next__") is null)
            {
                throw Errors.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
            }
            return it;
        }
        if (obj.Type.Lookup("__getitem__") is not null)
        {
            return new SeqIterator(obj);
        }
        throw Errors.TypeError($"'{obj.Type.Name}' object is not iterable");
    }

    /// <summary>next(it), or null when exhausted (a StopIteration from __next__ is absorbed here).</summary>
    public static PyObject? Next(PyObject it)
    {
        if (it is PyIterator native)
        {
            return native.Next();
        }
        var method = it.Type.Lookup("__next__");
        if (method is null)
        {
            throw Errors.TypeError($"'{it.Type.Name}' object is not an iterator");
        }
        try
        {
            return CallMethod(method, it);
        }
        catch (PyError e)
        {
            if (!e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
            {
                throw;
            }
            return null;
        }
    }

    /// <summary>The bytes as ints 0..255 (iterating bytes yields ints).</summary>
    [Meta.Jit.DontLookInside]
    public static PyObject[] ByteInts(byte[] bytes)
    {
        var items = new PyObject[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            items[i] = PyInt.From(bytes[i]);
        }
        return items;
    }

    public static void ListExtend(PyList list, PyObject iterable)
    {
        switch (iterable)
        {
            case PyList other:
                var n = other.Count;
                list.Grow(list.Count + n);
                Array.Copy(other.Items, 0, list.Items, list.Count, n);
                list.Count += n;
                return;
            case PyTuple t:
                list.Grow(list.Count + t.Items.Length);
                Array.Copy(t.Items, 0, list.Items, list.Count, t.Items.Length);
                list.Count += t.Items.Length;
                return;
        }
        var it = GetIter(iterable);
        while (Next(it) is { } x)
        {
            list.Append(x);
        }
    }
}

/// <summary>Set algebra for | &amp; - ^ (Objects/setobject.c).</summary>
public static class SetOps
{
    public static PySet Binary(Operator op, PySet a, PySet b)
    {
        var result = new PySet(a.Frozen);
        switch (op)
        {
            case Operator.BitOr:
                foreach (var x in a.ToArray())
                {
                    result.Add(x);
                }
                foreach (var x in b.ToArray())
                {
                    result.Add(x);
                }
                break;
            case Operator.BitAnd:
                foreach (var x in a.ToArray())
                {
                    if (b.Contains(x))
                    {
                        result.Add(x);
                    }
                }
                break;
            case Operator.Sub:
                foreach (var x in a.ToArray())
                {
                    if (!b.Contains(x))
                    {
                        result.Add(x);
                    }
                }
                break;
            default:
                foreach (var x in a.ToArray())
                {
                    if (!b.Contains(x))
                    {
                        result.Add(x);
                    }
                }
                foreach (var x in b.ToArray())
                {
                    if (!a.Contains(x))
                    {
                        result.Add(x);
                    }
                }
                break;
        }
        return result;
    }
}
