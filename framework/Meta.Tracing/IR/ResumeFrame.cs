namespace Meta.Tracing.IR;

/// <summary>
/// One interpreter frame at a guard: the method, the IL offset to continue at, and the values of
/// its locals and evaluation stack (bottom first). A null slot is dead: nothing reads it again.
/// </summary>
public sealed class ResumeFrame(string method, int ilOffset, IReadOnlyList<Value?> locals, IReadOnlyList<Value?> stack)
{
    /// <summary>
    /// The method name of a frame that does not resume the interpreter but enters the loop
    /// again at its start, through its preamble, with the frame's locals as the loop's inputs:
    /// the guards of a short preamble fail this way (see docs/optimizer.md, loop peeling).
    /// </summary>
    public const string LoopEntryMethod = "LoopEntry";

    public string Method { get; } = method;
    public int ILOffset { get; } = ilOffset >= 0 ? ilOffset : throw new ArgumentOutOfRangeException(nameof(ilOffset));
    public IReadOnlyList<Value?> Locals { get; } = locals.ToArray();
    public IReadOnlyList<Value?> Stack { get; } = stack.ToArray();

    /// <summary>Whether this frame means "enter the loop at its start with <see cref="Locals"/>".</summary>
    public bool IsLoopEntry => Method == LoopEntryMethod;

    /// <summary>A frame that enters the loop at its start with <paramref name="inputs"/>.</summary>
    public static ResumeFrame AtLoopEntry(IReadOnlyList<Value> inputs) => new(LoopEntryMethod, 0, inputs, []);
}
