namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// An instance of a user class: its type, a map and a storage array (PyPy's mapdict layout).
/// Deleting an attribute rebuilds the map without it (rare, as in PyPy). Reading <c>__dict__</c>
/// moves the attributes into a dict that stays the instance's storage (<see cref="Map.DictMode"/>),
/// so writes through <c>obj.__dict__</c> are seen by attribute reads.
/// </summary>
public class PyInstance(PyType type) : PyObject
{
    private PyType _type = type;
    public Map Map = type.EmptyMap;
    public PyObject?[] Storage = [];
    private PyDict? _dict;

    public override PyType Type => _type;

    public void SetType(PyType type) => _type = type;

    public PyObject? GetAttribute(string name)
    {
        var map = Meta.Jit.Hints.Promote(Map);
        var i = map.IndexOf(name);
        if (i >= 0)
        {
            return Storage[i];
        }
        return map.IsDictMode ? _dict!.Get(name) : null;
    }

    public void SetAttribute(string name, PyObject value)
    {
        var map = Meta.Jit.Hints.Promote(Map);
        var i = map.IndexOf(name);
        if (i >= 0)
        {
            Storage[i] = value;
            return;
        }
        if (map.IsDictMode && !Ops.SlotDeclared(_type, name))
        {
            _dict!.Set(name, value);
            return;
        }
        AddAttribute(map.WithAttribute(name), value);
    }

    /// <summary>Stores a new attribute: <paramref name="next"/> is the current map extended by its name.</summary>
    public void AddAttribute(Map next, PyObject value)
    {
        if (Storage.Length < next.Count)
        {
            Array.Resize(ref Storage, Math.Max(4, Storage.Length * 2));
        }
        Storage[next.Count - 1] = value;
        Map = next;
    }

    public bool DeleteAttribute(string name)
    {
        var i = Map.IndexOf(name);
        if (i < 0)
        {
            return Map.IsDictMode && _dict!.Remove(PyStr.From(name));
        }
        var names = Map.Names;
        var values = Storage;
        Map = Map.IsDictMode ? Map.DictMode : _type.EmptyMap;
        Storage = new PyObject?[values.Length];
        for (var j = 0; j < names.Length; j++)
        {
            if (j != i)
            {
                SetAttribute(names[j], values[j]!);
            }
        }
        return true;
    }

    /// <summary>The names of the instance's own attributes, in insertion order.</summary>
    public string[] AttributeNames()
    {
        if (_dict is null)
        {
            return Map.Names;
        }
        var names = new List<string>(Map.Names);
        foreach (var key in _dict.Keys())
        {
            if (key is PyStr s)
            {
                names.Add(s.Value);
            }
        }
        return [.. names];
    }

    /// <summary>The instance's __dict__: from now on the attributes live in it.</summary>
    public PyDict ToDict()
    {
        if (_dict is not null)
        {
            return _dict;
        }
        var d = new PyDict();
        var names = Map.Names;
        var values = Storage;
        _dict = d;
        Map = Map.DictMode;
        Storage = [];
        for (var i = 0; i < names.Length; i++)
        {
            // Slot attributes stay in the map; everything else moves into the dict.
            if (Ops.SlotDeclared(_type, names[i]))
            {
                SetAttribute(names[i], values[i]!);
            }
            else
            {
                d.Set(names[i], values[i]!);
            }
        }
        return d;
    }
}
