using Meta.Tracing.IR;

namespace Meta.Optimizer;

/// <summary>
/// Facts the passes have learned about one value of the trace, shared between them: its exact
/// class, that it is not null, the bounds of an integer. Facts only grow along a trace.
/// </summary>
public sealed class ValueInfo
{
    /// <summary>The exact class of a ref, from guard_class, new, or a constant.</summary>
    public ClassDescr? KnownClass { get; set; }

    /// <summary>The ref is not null (guard_nonnull, guard_class, new, a non-null constant).</summary>
    public bool IsNonNull { get; set; }

    /// <summary>The range of an i32 or i64 value.</summary>
    public IntBound Bound { get; set; } = IntBound.Unbounded;
}
