namespace Meta.Backend.Cil;

/// <summary>
/// The slots through which compiled code takes its inputs and hands back its exit values
/// (docs/backend-cil.md, "Exit protocol"). Slot k is <c>Words[k]</c> for an i32 (sign-extended),
/// i64 or f64 (its IEEE bits) and <c>Refs[k]</c> for a ref; which of the two is meant follows from
/// the kind of the k-th input or exit value. One frame can serve many runs of the same trace.
/// </summary>
public sealed class TraceFrame
{
    public TraceFrame(int size)
    {
        Words = new long[size];
        Refs = new object?[size];
    }

    /// <summary>i32, i64 and f64 slots.</summary>
    public readonly long[] Words;

    /// <summary>ref slots.</summary>
    public readonly object?[] Refs;

    /// <summary>
    /// Set on every exit: the exception of the last raising call not taken by a guard_exception.
    /// Also read on entry, so that a bridge starts with the exception of the guard it leaves from.
    /// </summary>
    public Exception? Exception;

    /// <summary>Set on every exit: the trace (root or bridge) whose guard, finish or bound ended the run.</summary>
    public CompiledTrace? ExitTrace;

    /// <summary>Set by finish and by the iteration bound: which final operation of <see cref="ExitTrace"/> (see its Finals).</summary>
    public int FinalIndex;

    /// <summary>Loop-closing jumps taken so far, kept only when an iteration bound is compiled in.</summary>
    public long Iterations;

    public int Size => Words.Length;
}
