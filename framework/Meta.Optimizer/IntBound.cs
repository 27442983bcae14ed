namespace Meta.Optimizer;

/// <summary>
/// What is known of an integer value: it lies in [Lower, Upper] (as longs, for i32 and i64 alike),
/// after RPython's intutils.IntBound. Immutable; operations make new bounds.
/// </summary>
public readonly record struct IntBound(long Lower, long Upper)
{
    public static readonly IntBound Unbounded = new(long.MinValue, long.MaxValue);
    public static readonly IntBound Int32 = new(int.MinValue, int.MaxValue);

    public static IntBound Exactly(long value) => new(value, value);

    public bool IsConstant => Lower == Upper;
    public bool IsEmpty => Lower > Upper;
    public bool Contains(long value) => Lower <= value && value <= Upper;
    public bool Contains(IntBound other) => Lower <= other.Lower && other.Upper <= Upper;

    /// <summary>The values in both bounds.</summary>
    public IntBound Intersect(IntBound other) => new(Math.Max(Lower, other.Lower), Math.Min(Upper, other.Upper));

    public override string ToString() => $"[{Lower}, {Upper}]";
}
