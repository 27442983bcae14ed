namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// A map (hidden class) of instance attributes, as PyPy's mapdict (pypy/objspace/std/mapdict.py):
/// instances with the same attribute names added in the same order share one map, and an
/// attribute read is "look up the index in the map, read the storage slot". Maps never change
/// once made, so in a trace a promoted map makes the index lookup a constant.
/// </summary>
public sealed class Map
{
    private readonly Dictionary<string, int> _indexes;
    private readonly Dictionary<string, Map> _transitions = new(StringComparer.Ordinal);

    public Map()
    {
        _indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        Names = [];
    }

    private Map(Map parent, string name)
    {
        _indexes = new Dictionary<string, int>(parent._indexes, StringComparer.Ordinal) { [name] = parent.Names.Length };
        Names = [.. parent.Names, name];
        IsDictMode = parent.IsDictMode;
    }

    /// <summary>
    /// The root map of instances whose attributes moved into a real dict because the program asked
    /// for their <c>__dict__</c> (PyPy's mapdict devolves the same way). Only <c>__slots__</c>
    /// attributes, which are never in __dict__, stay in maps derived from it.
    /// </summary>
    public static readonly Map DictMode = new() { IsDictMode = true };

    public bool IsDictMode { get; private init; }

    /// <summary>Attribute names in insertion order (the order of __dict__).</summary>
    public string[] Names { get; }

    public int Count => Names.Length;

    [Meta.Jit.Elidable]
    public int IndexOf(string name) => _indexes.TryGetValue(name, out var i) ? i : -1;

    [Meta.Jit.Elidable]
    public Map WithAttribute(string name)
    {
        if (!_transitions.TryGetValue(name, out var next))
        {
            next = new Map(this, name);
            _transitions[name] = next;
        }
        return next;
    }
}
