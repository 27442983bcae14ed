using Meta.Tracing.Execution;

namespace Meta.Tracing.Runtime;

/// <summary>
/// The greens of a merge point: a position in the user's program (e.g. pc and code object).
/// Up to three greens, compared by value (references by identity), without allocation.
/// </summary>
public readonly record struct GreenKey(TraceValue First, TraceValue Second = default, TraceValue Third = default)
{
    public override string ToString() =>
        string.Join(", ", new[] { First, Second, Third }.Where(green => green.Kind != IR.ValueKind.Void));
}
