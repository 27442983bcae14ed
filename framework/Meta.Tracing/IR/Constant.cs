using System.Globalization;

namespace Meta.Tracing.IR;

/// <summary>A constant operand. Constants compare by value; all NaNs are one constant.</summary>
public sealed class Constant : Value, IEquatable<Constant>
{
    public static readonly Constant Null = new(ValueKind.Ref, 0, null);

    private readonly long _bits;
    private readonly object? _ref;

    private Constant(ValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = kind == ValueKind.F64 && double.IsNaN(BitConverter.Int64BitsToDouble(bits))
            ? BitConverter.DoubleToInt64Bits(double.NaN)
            : bits;
        _ref = reference;
    }

    public override ValueKind Kind { get; }

    public static Constant Int(int value) => new(ValueKind.I32, value, null);
    public static Constant Long(long value) => new(ValueKind.I64, value, null);
    public static Constant Float(double value) => new(ValueKind.F64, BitConverter.DoubleToInt64Bits(value), null);
    public static Constant Ref(object? value) => value is null ? Null : new(ValueKind.Ref, 0, value);

    public int AsInt => Kind == ValueKind.I32 ? (int)_bits : throw WrongKind(ValueKind.I32);
    public long AsLong => Kind == ValueKind.I64 ? _bits : throw WrongKind(ValueKind.I64);
    public double AsFloat => Kind == ValueKind.F64 ? BitConverter.Int64BitsToDouble(_bits) : throw WrongKind(ValueKind.F64);
    public object? AsRef => Kind == ValueKind.Ref ? _ref : throw WrongKind(ValueKind.Ref);

    private InvalidOperationException WrongKind(ValueKind asked) =>
        new($"a {Kind.TextName()} constant read as {asked.TextName()}");

    /// <summary>Same kind and same value; references by identity (strings by content).</summary>
    public bool Equals(Constant? other) =>
        other is not null && other.Kind == Kind && other._bits == _bits &&
        (ReferenceEquals(other._ref, _ref) || (_ref is string text && text.Equals(other._ref)));

    public override bool Equals(object? obj) => obj is Constant other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, _bits, _ref is string text ? text.GetHashCode() : 0);

    public override string ToString() => Kind switch
    {
        ValueKind.I32 => AsInt.ToString(CultureInfo.InvariantCulture),
        ValueKind.I64 => AsLong.ToString(CultureInfo.InvariantCulture) + "L",
        ValueKind.F64 => AsFloat.ToString("R", CultureInfo.InvariantCulture),
        _ => _ref?.ToString() ?? "null",
    };
}

/// <summary>
/// An object that stands for an interpreter object in trace text: <c>$name</c>. The parser makes
/// one for each name it is not given an object for.
/// </summary>
public sealed class NamedObject(string name)
{
    public string Name { get; } = name;

    public override string ToString() => "$" + Name;
}
