using Meta.Tracing.IR;

namespace Meta.Optimizer.Passes;

/// <summary>
/// An allocation the <see cref="Virtuals"/> pass has not emitted: its class (or array type and
/// length) and the current values of its fields (or items), after RPython's info.py
/// (InstancePtrInfo, ArrayPtrInfo). Fields never written hold their default, as after new.
/// </summary>
internal sealed class VirtualInfo
{
    private readonly List<(FieldDescr Field, Value Value)> _fields = [];
    private readonly Value?[] _items;

    public VirtualInfo(Operation allocation, ClassDescr type)
    {
        Allocation = allocation;
        Descr = type;
        _items = [];
    }

    public VirtualInfo(Operation allocation, ArrayDescr type, int length)
    {
        Allocation = allocation;
        Descr = type;
        _items = new Value?[length];
    }

    /// <summary>The new or new_array operation, emitted if the object is forced; its result is the object.</summary>
    public Operation Allocation { get; }

    public Descr Descr { get; }

    public int Length => _items.Length;

    /// <summary>The fields written, in the order first written.</summary>
    public IReadOnlyList<(FieldDescr Field, Value Value)> Fields => _fields;

    /// <summary>The items; null where never written.</summary>
    public IReadOnlyList<Value?> Items => _items;

    public Value GetField(FieldDescr field)
    {
        var index = _fields.FindIndex(entry => entry.Field == field);
        return index >= 0 ? _fields[index].Value : DefaultOf(field.Kind);
    }

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

    public Value GetItem(int index) => _items[index] ?? DefaultOf(((ArrayDescr)Descr).ElementKind);

    public void SetItem(int index, Value value) => _items[index] = value;

    /// <summary>The value a field or item of this kind has after allocation (zero, null).</summary>
    public static Constant DefaultOf(ValueKind kind) => kind switch
    {
        ValueKind.I32 => Constant.Int(0),
        ValueKind.I64 => Constant.Long(0),
        ValueKind.F64 => Constant.Float(0.0),
        _ => Constant.Null,
    };

    /// <summary>True for the default constant of its kind (0.0, not -0.0): writing it after allocation changes nothing.</summary>
    public static bool IsDefault(Value value) => value is Constant constant && constant.Equals(DefaultOf(constant.Kind));
}
