namespace Meta.Tracing.IR;

/// <summary>
/// A value in a trace: an input, a constant, or the result of an operation (the operation is its
/// own result, as in RPython's resoperation.py). Values are compared by identity.
/// </summary>
public abstract class Value
{
    public abstract ValueKind Kind { get; }
}

/// <summary>An input argument of a trace: live at the merge point where the trace starts.</summary>
public sealed class Input(ValueKind kind) : Value
{
    public override ValueKind Kind { get; } = kind == ValueKind.Void ? throw new ArgumentException("an input has a value kind", nameof(kind)) : kind;
}
