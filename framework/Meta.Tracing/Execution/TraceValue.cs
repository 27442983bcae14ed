using System.Globalization;
using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>
/// A concrete value of a trace at run time: an i32, i64 or f64 held as 64 bits, or a reference.
/// The IR interpreter computes with these, and both the interpreter and the backends report exit
/// values as these.
/// </summary>
public readonly struct TraceValue : IEquatable<TraceValue>
{
    private readonly long _bits;
    private readonly object? _ref;

    private TraceValue(ValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    public ValueKind Kind { get; }

    public static TraceValue Int(int value) => new(ValueKind.I32, value, null);
    public static TraceValue Long(long value) => new(ValueKind.I64, value, null);
    public static TraceValue Float(double value) => new(ValueKind.F64, BitConverter.DoubleToInt64Bits(value), null);
    public static TraceValue Ref(object? value) => new(ValueKind.Ref, 0, value);

    /// <summary>A value of the given kind from its 64-bit word (i32 in the low half, f64 as its bits).</summary>
    public static TraceValue FromBits(ValueKind kind, long bits) => kind switch
    {
        ValueKind.I32 => Int((int)bits),
        ValueKind.I64 => Long(bits),
        ValueKind.F64 => new(ValueKind.F64, bits, null),
        _ => throw new ArgumentException($"{kind.TextName()} values are not held in bits", nameof(kind)),
    };

    public static TraceValue FromConstant(Constant constant) => constant.Kind switch
    {
        ValueKind.I32 => Int(constant.AsInt),
        ValueKind.I64 => Long(constant.AsLong),
        ValueKind.F64 => Float(constant.AsFloat),
        _ => Ref(constant.AsRef),
    };

    /// <summary>The constant of the trace with this value.</summary>
    public Constant ToConstant() => Kind switch
    {
        ValueKind.I32 => Constant.Int(AsInt),
        ValueKind.I64 => Constant.Long(AsLong),
        ValueKind.F64 => Constant.Float(AsFloat),
        _ => Constant.Ref(AsRef),
    };

    public int AsInt => Kind == ValueKind.I32 ? (int)_bits : throw WrongKind(ValueKind.I32);
    public long AsLong => Kind == ValueKind.I64 ? _bits : throw WrongKind(ValueKind.I64);
    public double AsFloat => Kind == ValueKind.F64 ? BitConverter.Int64BitsToDouble(_bits) : throw WrongKind(ValueKind.F64);
    public object? AsRef => Kind == ValueKind.Ref ? _ref : throw WrongKind(ValueKind.Ref);

    /// <summary>The value as an object: boxed int, long or double, or the reference itself.</summary>
    public object? ToObject() => Kind switch
    {
        ValueKind.I32 => AsInt,
        ValueKind.I64 => AsLong,
        ValueKind.F64 => AsFloat,
        _ => AsRef,
    };

    /// <summary>The 64-bit word of a non-reference value: i32 sign-extended, f64 as its IEEE bits.</summary>
    public long Bits => Kind is ValueKind.I32 or ValueKind.I64 or ValueKind.F64 ? _bits : throw WrongKind(ValueKind.I64);

    private InvalidOperationException WrongKind(ValueKind asked) =>
        new($"a {Kind.TextName()} value read as {asked.TextName()}");

    /// <summary>
    /// Same kind and same value: numbers by their bits except that every NaN equals every NaN
    /// (hardware and JIT may pick different NaN payloads), references by identity.
    /// </summary>
    public bool Equals(TraceValue other) =>
        Kind == other.Kind && (Kind == ValueKind.Ref
            ? ReferenceEquals(_ref, other._ref)
            : _bits == other._bits || (Kind == ValueKind.F64 && double.IsNaN(AsFloat) && double.IsNaN(other.AsFloat)));

    public override bool Equals(object? obj) => obj is TraceValue other && Equals(other);

    public override int GetHashCode() => Kind switch
    {
        ValueKind.Ref => HashCode.Combine(Kind, _ref is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_ref)),
        ValueKind.F64 when double.IsNaN(AsFloat) => HashCode.Combine(Kind, double.NaN),
        _ => HashCode.Combine(Kind, _bits),
    };

    public static bool operator ==(TraceValue left, TraceValue right) => left.Equals(right);
    public static bool operator !=(TraceValue left, TraceValue right) => !left.Equals(right);

    public override string ToString() => Kind switch
    {
        ValueKind.I32 => AsInt.ToString(CultureInfo.InvariantCulture),
        ValueKind.I64 => AsLong.ToString(CultureInfo.InvariantCulture) + "L",
        ValueKind.F64 => Text.TextSyntax.Float(AsFloat),
        ValueKind.Ref => _ref switch
        {
            null => "null",
            string text => Text.TextSyntax.String(text),
            var other => other.GetType().Name + "@" + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(other).ToString("x", CultureInfo.InvariantCulture),
        },
        _ => "void",
    };
}
