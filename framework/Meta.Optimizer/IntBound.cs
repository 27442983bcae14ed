using Meta.Tracing.IR;

namespace Meta.Optimizer;

/// <summary>
/// What is known of an integer value: it lies in [Lower, Upper] (as longs, for i32 and i64 alike),
/// after RPython's intutils.IntBound. Immutable; operations make new bounds.
/// </summary>
/// <remarks>
/// The arithmetic gives the bound of the mathematically exact results (computed in Int128, so it
/// cannot wrap by accident), or null when some exact result leaves the long range. Whether a
/// result fits an i32 or wraps is the caller's question: see <see cref="OfKind"/>.
/// </remarks>
public readonly record struct IntBound(long Lower, long Upper)
{
    public static readonly IntBound Unbounded = new(long.MinValue, long.MaxValue);
    public static readonly IntBound Int32 = new(int.MinValue, int.MaxValue);
    public static readonly IntBound NonNegative = new(0, long.MaxValue);
    public static readonly IntBound Boolean = new(0, 1);

    public static IntBound Exactly(long value) => new(value, value);

    /// <summary>Every value of an integer kind: i32 or i64.</summary>
    public static IntBound OfKind(ValueKind kind) => kind == ValueKind.I32 ? Int32 : Unbounded;

    public bool IsConstant => Lower == Upper;
    public bool IsEmpty => Lower > Upper;
    public bool IsNonNegative => Lower >= 0;
    public bool IsNegative => Upper < 0;
    public bool Contains(long value) => Lower <= value && value <= Upper;
    public bool Contains(IntBound other) => Lower <= other.Lower && other.Upper <= Upper;

    /// <summary>The values in both bounds.</summary>
    public IntBound Intersect(IntBound other) => new(Math.Max(Lower, other.Lower), Math.Min(Upper, other.Upper));

    // Comparisons that hold for every pair of values of the two bounds (intutils' known_lt and kin).
    public bool KnownLt(IntBound other) => Upper < other.Lower;
    public bool KnownLe(IntBound other) => Upper <= other.Lower;
    public bool KnownGt(IntBound other) => other.KnownLt(this);
    public bool KnownGe(IntBound other) => other.KnownLe(this);
    public bool KnownDisjoint(IntBound other) => KnownLt(other) || KnownGt(other);

    /// <summary>The values below <paramref name="limit"/>'s upper end (x &lt; y: what x can be).</summary>
    public IntBound BelowUpperOf(IntBound limit, bool strict) =>
        strict && limit.Upper == long.MinValue ? new(0, -1) : Intersect(new(long.MinValue, strict ? limit.Upper - 1 : limit.Upper));

    /// <summary>The values above <paramref name="limit"/>'s lower end (y &gt; x: what y can be).</summary>
    public IntBound AboveLowerOf(IntBound limit, bool strict) =>
        strict && limit.Lower == long.MaxValue ? new(0, -1) : Intersect(new(strict ? limit.Lower + 1 : limit.Lower, long.MaxValue));

    /// <summary>The bound without the value <paramref name="excluded"/> where that is an end (x != c).</summary>
    public IntBound Excluding(long excluded) =>
        IsConstant && Lower == excluded ? new(0, -1)
        : Lower == excluded ? this with { Lower = excluded + 1 }
        : Upper == excluded ? this with { Upper = excluded - 1 }
        : this;

    public IntBound? Add(IntBound other) => Exact((Int128)Lower + other.Lower, (Int128)Upper + other.Upper);

    public IntBound? Sub(IntBound other) => Exact((Int128)Lower - other.Upper, (Int128)Upper - other.Lower);

    public IntBound? Neg() => Exact(-(Int128)Upper, -(Int128)Lower);

    /// <summary>~x is -x - 1: never leaves the range of the operand's kind.</summary>
    public IntBound Not() => new(~Upper, ~Lower);

    public IntBound? Mul(IntBound other)
    {
        // A product of two intervals takes its extremes at the corners.
        Int128[] corners = [(Int128)Lower * other.Lower, (Int128)Lower * other.Upper, (Int128)Upper * other.Lower, (Int128)Upper * other.Upper];
        return Exact(corners.Min(), corners.Max());
    }

    /// <summary>Truncating division, for a divisor of one sign (else null: it may be 0 or ±1 anywhere).</summary>
    public IntBound? Div(IntBound divisor)
    {
        if (divisor.Contains(0))
        {
            return null;
        }
        // For a divisor of one sign, a / b is monotone in a and in b, so the extremes are at the corners.
        Int128[] corners = [(Int128)Lower / divisor.Lower, (Int128)Lower / divisor.Upper, (Int128)Upper / divisor.Lower, (Int128)Upper / divisor.Upper];
        return Exact(corners.Min(), corners.Max());
    }

    /// <summary>Truncating remainder: the sign of the dividend, smaller in magnitude than the divisor and than the dividend.</summary>
    public IntBound Rem(IntBound divisor)
    {
        if (divisor == Exactly(0))
        {
            return Unbounded;
        }
        var largest = Int128.Max(Int128.Abs(divisor.Lower), Int128.Abs(divisor.Upper)) - 1;
        var lower = Lower >= 0 ? 0 : Int128.Max(Lower, -largest);
        var upper = Upper <= 0 ? 0 : Int128.Min(Upper, largest);
        return new((long)lower, (long)upper);
    }

    /// <summary>x &lt;&lt; c for a shift count bound within [0, 63]: x * 2^c exactly.</summary>
    public IntBound? ShiftLeft(IntBound count) =>
        Exact(Int128.Min(Lower * ((Int128)1 << (int)count.Lower), Lower * ((Int128)1 << (int)count.Upper)),
              Int128.Max(Upper * ((Int128)1 << (int)count.Lower), Upper * ((Int128)1 << (int)count.Upper)));

    /// <summary>Arithmetic x &gt;&gt; c for a shift count bound within [0, 63]: monotone in x and in c.</summary>
    public IntBound ShiftRight(IntBound count) =>
        new(Math.Min(Lower >> (int)count.Lower, Lower >> (int)count.Upper), Math.Max(Upper >> (int)count.Lower, Upper >> (int)count.Upper));

    /// <summary>x &amp; y: no larger than a non-negative operand (intutils' and_bound).</summary>
    public IntBound And(IntBound other) => (IsNonNegative, other.IsNonNegative) switch
    {
        (true, true) => new(0, Math.Min(Upper, other.Upper)),
        (true, false) => new(0, Upper),
        (false, true) => new(0, other.Upper),
        _ => Unbounded,
    };

    /// <summary>x | y and x ^ y of non-negative operands: below the next power of two (intutils' or_bound).</summary>
    public IntBound OrXor(IntBound other, bool isOr)
    {
        if (!IsNonNegative || !other.IsNonNegative)
        {
            return Unbounded;
        }
        var highest = Math.Max(Upper, other.Upper);
        var ceiling = highest == 0 ? 0 : (long)(ulong.MaxValue >> System.Numerics.BitOperations.LeadingZeroCount((ulong)highest));
        return new(isOr ? Math.Max(Lower, other.Lower) : 0, ceiling);
    }

    private static IntBound? Exact(Int128 lower, Int128 upper) =>
        lower < long.MinValue || upper > long.MaxValue ? null : new((long)lower, (long)upper);

    public override string ToString() => $"[{Lower}, {Upper}]";
}
