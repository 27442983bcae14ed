namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// Base of native iterators: <see cref="Next"/> returns null when exhausted, so loops over
/// builtin iterators never raise StopIteration internally (PyPy's space.next + its fast paths).
/// </summary>
public abstract class PyIterator : PyObject
{
    public override PyType Type => TypeObjects.Iterator;

    public abstract PyObject? Next();
}

public sealed class ListIterator(PyList list) : PyIterator
{
    private int _index;

    public override PyObject? Next() => _index < list.Count ? list.Items[_index++] : null;
}

public sealed class ArrayIterator(PyObject[] items) : PyIterator
{
    private int _index;

    public override PyObject? Next() => _index < items.Length ? items[_index++] : null;
}

/// <summary>Iterates a str by code point: a surrogate pair comes out as one character.</summary>
public sealed class StrIterator(string s) : PyIterator
{
    private int _index;

    public override PyObject? Next()
    {
        if (_index >= s.Length)
        {
            return null;
        }
        if (char.IsHighSurrogate(s[_index]) && _index + 1 < s.Length && char.IsLowSurrogate(s[_index + 1]))
        {
            _index += 2;
            return PyStr.From(s.Substring(_index - 2, 2));
        }
        return PyStr.FromChar(s[_index++]);
    }
}

public sealed class RangeIterator(long start, long step, long length) : PyIterator
{
    private long _next = start;
    private long _remaining = length;

    public override PyObject? Next()
    {
        if (_remaining <= 0)
        {
            return null;
        }
        _remaining--;
        var v = _next;
        _next += step;
        return PyInt.From(v);
    }
}

/// <summary>Iterates a dict's keys, values or items; raises as CPython when the dict changes size.</summary>
public sealed class DictIterator(PyDict dict, int kind) : PyIterator
{
    private readonly int _version = dict.Version;
    private int _index;

    public override PyObject? Next()
    {
        if (dict.Version != _version)
        {
            throw Errors.RuntimeError("dictionary changed size during iteration");
        }
        while (_index < dict.EntryCount)
        {
            var i = _index++;
            if (dict.KeyAt(i) is { } k)
            {
                return kind switch
                {
                    0 => k,
                    1 => dict.ValueAt(i)!,
                    _ => PyTuple.Of(k, dict.ValueAt(i)!),
                };
            }
        }
        return null;
    }
}

/// <summary>An iterator defined by __next__ on a user class, adapted to <see cref="PyIterator"/>.</summary>
public sealed class SeqIterator(PyObject seq) : PyIterator
{
    private long _index;
    private bool _done;

    public override PyObject? Next()
    {
        if (_done)
        {
            return null;
        }
        try
        {
            return Ops.GetItem(seq, PyInt.From(_index++));
        }
        catch (PyError e)
        {
            if (!e.Value.Type.IsSubtypeOf(TypeObjects.IndexError) && !e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
            {
                throw;
            }
            _done = true;
            return null;
        }
    }
}

/// <summary>A dict view (keys(), values(), items()): iterable, sized, and for keys/items set-like in `in`.</summary>
public sealed class PyDictView(PyDict dict, int kind) : PyObject
{
    public readonly PyDict Dict = dict;
    public readonly int Kind = kind;

    public override PyType Type => Kind switch
    {
        0 => TypeObjects.DictKeys,
        1 => TypeObjects.DictValues,
        _ => TypeObjects.DictItems,
    };
}

/// <summary>Iterates a set in CPython's order; a change of the set's size while iterating raises RuntimeError (setobject.c setiter_iternext).</summary>
public sealed class SetIterator(PySet set) : PyIterator
{
    private readonly PyObject[] _items = set.InIterationOrder();
    private readonly int _size = set.Count;
    private int _index;

    public override PyObject? Next()
    {
        if (set.Count != _size)
        {
            throw Errors.RuntimeError("Set changed size during iteration");
        }
        return _index < _items.Length ? _items[_index++] : null;
    }
}
