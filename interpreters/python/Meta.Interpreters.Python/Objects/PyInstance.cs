namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// An instance of a user class: its type, a map and a storage array (PyPy's mapdict layout).
/// Deleting an attribute rebuilds the map without it (rare, as in PyPy).
/// </summary>
public class PyInstance(PyType type) : PyObject
{
    private PyType _type = type;
    public Map Map = type.EmptyMap;
    public PyObject?[] Storage = [];

    public override PyType Type => _type;

    public void SetType(PyType type) => _type = type;

    public PyObject? GetAttribute(string name)
    {
        var i = Meta.Jit.Hints.Promote(Map).IndexOf(name);
        return i < 0 ? null : Storage[i];
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
        var next = map.WithAttribute(name);
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
            return false;
        }
        var names = Map.Names;
        var values = Storage;
        Map = _type.EmptyMap;
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

    /// <summary>A snapshot of the attributes as a dict (what vars(obj) shows; writes to it do not come back).</summary>
    public PyDict ToDict()
    {
        var d = new PyDict();
        for (var i = 0; i < Map.Count; i++)
        {
            d.Set(Map.Names[i], Storage[i]!);
        }
        return d;
    }
}
