namespace Meta.Tracing.IR;

/// <summary>
/// Where the interpreter continues when a guard fails (DESIGN.md §2, deoptimization): the chain
/// of interpreter frames inlined at the guard, outermost first.
/// </summary>
public sealed class ResumeData(IReadOnlyList<ResumeFrame> frames)
{
    public static readonly ResumeData Empty = new([]);

    public IReadOnlyList<ResumeFrame> Frames { get; } = frames.ToArray();

    /// <summary>Every value the resume data keeps alive, in frame order.</summary>
    public IEnumerable<Value> LiveValues =>
        Frames.SelectMany(frame => frame.Locals.Concat(frame.Stack)).OfType<Value>();
}

/// <summary>
/// One interpreter frame at a guard: the method, the IL offset to continue at, and the values of
/// its locals and evaluation stack (bottom first). A null slot is dead: nothing reads it again.
/// </summary>
public sealed class ResumeFrame(string method, int ilOffset, IReadOnlyList<Value?> locals, IReadOnlyList<Value?> stack)
{
    public string Method { get; } = method;
    public int ILOffset { get; } = ilOffset >= 0 ? ilOffset : throw new ArgumentOutOfRangeException(nameof(ilOffset));
    public IReadOnlyList<Value?> Locals { get; } = locals.ToArray();
    public IReadOnlyList<Value?> Stack { get; } = stack.ToArray();
}
