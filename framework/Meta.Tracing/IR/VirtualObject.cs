namespace Meta.Tracing.IR;

/// <summary>
/// An object or fixed-size array that the optimizer removed from the trace (allocation removal)
/// but that a guard's resume data still needs: it is described by its fields and allocated only
/// if the guard fails (RPython's resume.py "vinfo"). Fields may name other virtuals, cycles too.
/// </summary>
public sealed class VirtualObject : Value
{
    private readonly List<(FieldDescr Field, Value Value)> _fields = [];
    private readonly List<Value?> _items = [];

    /// <summary>A virtual instance of a class; add its fields with <see cref="SetField"/>.</summary>
    public VirtualObject(ClassDescr type) => Descr = type;

    /// <summary>A virtual array of fixed length; null items are the element type's default.</summary>
    public VirtualObject(ArrayDescr type, int length)
    {
        Descr = type;
        _items.AddRange(new Value?[length]);
    }

    public override ValueKind Kind => ValueKind.Ref;

    /// <summary>A <see cref="ClassDescr"/> for an object, an <see cref="ArrayDescr"/> for an array.</summary>
    public Descr Descr { get; }

    public bool IsArray => Descr is ArrayDescr;

    /// <summary>The fields that differ from their default, in the order they were set.</summary>
    public IReadOnlyList<(FieldDescr Field, Value Value)> Fields => _fields;

    public IReadOnlyList<Value?> Items => _items;

    public void SetField(FieldDescr field, Value value)
    {
        var index = _fields.FindIndex(entry => entry.Field == field);
        if (index >= 0)
        {
            _fields[index] = (field, value);
        }
        else
        {
            _fields.Add((field, value));
        }
    }

    public void SetItem(int index, Value? value) => _items[index] = value;

    /// <summary>The values this virtual refers to: field values, then items.</summary>
    public IEnumerable<Value> References => _fields.Select(entry => entry.Value).Concat(_items.OfType<Value>());
}
