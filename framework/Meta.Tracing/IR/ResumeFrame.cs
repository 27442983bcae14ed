namespace Meta.Tracing.IR;

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
