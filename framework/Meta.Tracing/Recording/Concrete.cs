using Meta.Tracing.IR;

namespace Meta.Tracing.Recording;

/// <summary>
/// A run-time value as the tracing code has it, of any kind, without boxing: integers and the
/// bits of doubles in <see cref="Bits"/>, objects in <see cref="Ref"/>. The recorder turns it
/// into a <see cref="Constant"/> only when it folds.
/// </summary>
public readonly struct Concrete(long bits, object? reference)
{
    public long Bits { get; } = bits;
    public object? Ref { get; } = reference;

    public static Concrete Of(int value) => new(value, null);
    public static Concrete Of(long value) => new(value, null);
    public static Concrete Of(double value) => new(BitConverter.DoubleToInt64Bits(value), null);
    public static Concrete Of(bool value) => new(value ? 1 : 0, null);
    public static Concrete Of(object? value) => new(0, value);

    public Constant ToConstant(ValueKind kind) => kind switch
    {
        ValueKind.I32 => Constant.Int((int)Bits),
        ValueKind.I64 => Constant.Long(Bits),
        ValueKind.F64 => Constant.Float(BitConverter.Int64BitsToDouble(Bits)),
        ValueKind.Ref => Constant.Ref(Ref),
        _ => throw new ArgumentException("void has no constant", nameof(kind)),
    };
}
