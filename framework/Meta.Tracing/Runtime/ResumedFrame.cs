using Meta.Tracing.Execution;

namespace Meta.Tracing.Runtime;

/// <summary>
/// An interpreter frame as a failing guard leaves it, with concrete values: where to continue
/// (method and IL offset) and its locals and stack; null marks a dead slot.
/// </summary>
public sealed class ResumedFrame(string method, int ilOffset, TraceValue?[] locals, TraceValue?[] stack)
{
    public string Method { get; } = method;
    public int ILOffset { get; } = ilOffset;
    public IReadOnlyList<TraceValue?> Locals { get; } = locals;
    public IReadOnlyList<TraceValue?> Stack { get; } = stack;
}
