using Meta.Jit;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// A map from keys to values that remembers insertion order (iteration and printing follow it).
/// Hashing is large and not worth tracing: every operation is a residual call.
/// </summary>
public sealed class MapValue : Value
{
    private readonly Dictionary<Value, int> _index = new(KeyComparer.Instance);
    private readonly List<Value> _keys = [];
    private readonly List<Value> _values = [];

    public override string TypeName => "map";

    public int Count => _keys.Count;

    [DontLookInside]
    public Value Get(Value key)
    {
        KeyComparer.CheckHashable(key);
        if (!_index.TryGetValue(key, out var slot))
        {
            throw new ToyError($"key {Formatter.Repr(key)} not found in map");
        }
        return _values[slot];
    }

    [DontLookInside]
    public bool Has(Value key)
    {
        KeyComparer.CheckHashable(key);
        return _index.ContainsKey(key);
    }

    [DontLookInside]
    public void Set(Value key, Value value)
    {
        KeyComparer.CheckHashable(key);
        if (_index.TryGetValue(key, out var slot))
        {
            _values[slot] = value;
            return;
        }
        _index[key] = _keys.Count;
        _keys.Add(key);
        _values.Add(value);
    }

    /// <summary>The i-th key in insertion order (iteration reads keys by position).</summary>
    public Value KeyAt(int position) => _keys[position];

    public Value ValueAt(int position) => _values[position];
}
