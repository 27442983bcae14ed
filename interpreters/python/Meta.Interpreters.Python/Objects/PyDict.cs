namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// An insertion-ordered dict, laid out as CPython 3.6+'s compact dict (Objects/dictobject.c):
/// a dense entry array in insertion order plus an index from key to entry. Deleted entries leave
/// holes that are compacted when they outnumber live ones.
/// </summary>
public sealed class PyDict : PyObject
{
    private readonly Dictionary<PyObject, int> _index = new(KeyComparer.Instance);
    private PyObject?[] _keys = new PyObject?[4];
    private PyObject?[] _values = new PyObject?[4];
    private int _used;

    /// <summary>The class of an instance of a subclass of dict (class D(dict)); null for plain dicts.</summary>
    public PyType? Subtype;

    /// <summary>The instance attributes of a dict subclass instance (its __dict__).</summary>
    public PyDict? Attributes;

    public override PyType Type => Subtype ?? TypeObjects.Dict;

    public int Count => _index.Count;

    /// <summary>Bumped on every insertion or deletion: iterators detect changes of size during iteration.</summary>
    public int Version { get; private set; }

    public int EntryCount => _used;

    public PyObject? KeyAt(int i) => _keys[i];

    public PyObject? ValueAt(int i) => _values[i];

    public PyObject? Get(PyObject key)
    {
        if (_index.Count == 0)
        {
            // .NET skips hashing on an empty table; Python still rejects unhashable keys.
            Ops.Hash(key);
            return null;
        }
        return _index.TryGetValue(key, out var i) ? _values[i] : null;
    }

    public PyObject? Get(string key) => Get(PyStr.From(key));

    /// <summary>The entry index of a key (stable until <see cref="Version"/> changes), or -1.</summary>
    public int IndexOf(PyObject key) => _index.Count > 0 && _index.TryGetValue(key, out var i) ? i : -1;

    public bool ContainsKey(PyObject key) => Get(key) is not null;

    public void Set(string key, PyObject value) => Set(PyStr.From(key), value);

    public void Set(PyObject key, PyObject value)
    {
        if (_index.TryGetValue(key, out var i))
        {
            _values[i] = value;
            return;
        }
        if (_used == _keys.Length)
        {
            if (_index.Count < _used / 2)
            {
                Compact();
            }
            if (_used == _keys.Length)
            {
                Array.Resize(ref _keys, _keys.Length * 2);
                Array.Resize(ref _values, _values.Length * 2);
            }
        }
        _keys[_used] = key;
        _values[_used] = value;
        _index[key] = _used;
        _used++;
        Version++;
    }

    public bool Remove(PyObject key)
    {
        if (_index.Count == 0)
        {
            Ops.Hash(key);
        }
        if (!_index.Remove(key, out var i))
        {
            return false;
        }
        _keys[i] = null;
        _values[i] = null;
        Version++;
        return true;
    }

    public void Clear()
    {
        _index.Clear();
        Array.Clear(_keys);
        Array.Clear(_values);
        _used = 0;
        Version++;
    }

    public PyObject[] Keys()
    {
        var result = new PyObject[Count];
        var n = 0;
        for (var i = 0; i < _used; i++)
        {
            if (_keys[i] is { } k)
            {
                result[n++] = k;
            }
        }
        return result;
    }

    public PyDict Copy()
    {
        var d = new PyDict();
        for (var i = 0; i < _used; i++)
        {
            if (_keys[i] is { } k)
            {
                d.Set(k, _values[i]!);
            }
        }
        return d;
    }

    /// <summary>Removes and returns the last inserted pair (dict.popitem is LIFO).</summary>
    public (PyObject Key, PyObject Value)? PopLast()
    {
        for (var i = _used - 1; i >= 0; i--)
        {
            if (_keys[i] is { } k)
            {
                var v = _values[i]!;
                Remove(k);
                _used = i;
                return (k, v);
            }
        }
        return null;
    }

    private void Compact()
    {
        var n = 0;
        for (var i = 0; i < _used; i++)
        {
            if (_keys[i] is { } k)
            {
                _keys[n] = k;
                _values[n] = _values[i];
                _index[k] = n;
                n++;
            }
        }
        for (var i = n; i < _used; i++)
        {
            _keys[i] = null;
            _values[i] = null;
        }
        _used = n;
    }
}

/// <summary>Python's hash and == as a .NET comparer: dict and set keys follow __hash__/__eq__.</summary>
public sealed class KeyComparer : IEqualityComparer<PyObject>
{
    public static readonly KeyComparer Instance = new();

    public bool Equals(PyObject? x, PyObject? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Ops.EqualsForKey(x, y));

    public int GetHashCode(PyObject obj)
    {
        var h = Ops.Hash(obj);
        return (int)(h ^ (h >> 32));
    }
}
