namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// The global variables: top-level declarations and the builtins. The compiler gives every
/// global name a slot; code reads and writes the slot, and a slot still null at run time is a
/// variable used before it was declared. The REPL keeps one Globals across inputs.
/// </summary>
public sealed class Globals
{
    private readonly Dictionary<string, int> _slots = [];
    private readonly List<string> _names = [];

    /// <summary>Values by slot (null: not defined yet). Replaced by a bigger array when the compiler adds names.</summary>
    public Value?[] Values { get; private set; } = new Value?[64];

    public int SlotOf(string name)
    {
        if (_slots.TryGetValue(name, out var slot))
        {
            return slot;
        }
        slot = _names.Count;
        _slots[name] = slot;
        _names.Add(name);
        if (slot == Values.Length)
        {
            var bigger = new Value?[Values.Length * 2];
            Array.Copy(Values, bigger, Values.Length);
            Values = bigger;
        }
        return slot;
    }

    public string NameOf(int slot) => _names[slot];

    public void Define(string name, Value value) => Values[SlotOf(name)] = value;
}
