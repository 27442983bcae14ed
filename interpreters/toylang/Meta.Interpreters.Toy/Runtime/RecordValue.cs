using Meta.Jit;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>An instance of a record: its type (the shape) and one slot per field.</summary>
public sealed class RecordValue(RecordType type, Value[] fields) : Value
{
    public readonly RecordType Type = type;

    private readonly Value[] _fields = fields;

    public override string TypeName => Type.Name;

    public Value GetField(string name)
    {
        // The type is the same almost every time at one access: promote it, and IndexOf on a
        // constant type and a constant name folds to a constant slot.
        var type = Hints.Promote(Type);
        var slot = type.IndexOf(name);
        if (slot < 0)
        {
            throw Errors.NoSuchField(type.Name, name);
        }
        return _fields[slot];
    }

    public void SetField(string name, Value value)
    {
        var type = Hints.Promote(Type);
        var slot = type.IndexOf(name);
        if (slot < 0)
        {
            throw Errors.NoSuchField(type.Name, name);
        }
        _fields[slot] = value;
    }

    /// <summary>The field in slot i (for printing).</summary>
    public Value FieldAt(int slot) => _fields[slot];
}
