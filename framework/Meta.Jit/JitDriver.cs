using System.Runtime.CompilerServices;

namespace Meta.Jit;

/// <summary>
/// Declares the portal of an interpreter: the dispatch loop the JIT traces (RPython's
/// rlib.jit.JitDriver). <b>Greens</b> identify a position in the user's program (pc, code
/// object) and are constants in a trace; <b>reds</b> are everything else live at the merge
/// point (frame, accumulators). A driver is a static readonly field of the interpreter:
/// <code>
/// static readonly JitDriver Driver = new("toy", greens: ["pc", "code"], reds: ["frame"]);
/// while (true) {
///     Driver.MergePoint(pc, code, frame);   // greens first, then reds, as declared
///     ...
///     case Op.JumpBack: pc = target; Driver.CanEnterJit(pc, code, frame); break;
/// }
/// </code>
/// Untranslated, every method here does nothing and the interpreter runs as plain C#. The
/// translator rewrites the calls into calls to the JIT runtime and checks that the arguments
/// are the declared greens and reds in order.
/// </summary>
public sealed class JitDriver
{
    public JitDriver(string name, IReadOnlyList<string> greens, IReadOnlyList<string> reds, string? virtualizable = null)
    {
        if (greens.Count == 0)
        {
            throw new ArgumentException("a driver needs at least one green (the position in the user's program)", nameof(greens));
        }
        if (greens.Concat(reds).Distinct().Count() != greens.Count + reds.Count)
        {
            throw new ArgumentException("greens and reds are distinct names");
        }
        if (virtualizable is not null && !reds.Contains(virtualizable))
        {
            throw new ArgumentException($"the virtualizable '{virtualizable}' must be one of the reds", nameof(virtualizable));
        }
        Name = name;
        Greens = greens.ToArray();
        Reds = reds.ToArray();
        Virtualizable = virtualizable;
    }

    public string Name { get; }
    public IReadOnlyList<string> Greens { get; }
    public IReadOnlyList<string> Reds { get; }

    /// <summary>The red that is the interpreter's frame, whose fields live in registers in compiled code.</summary>
    public string? Virtualizable { get; }

    /// <summary>The JIT's run-time parameters for this driver; changed by the CLI (--jit ...).</summary>
    public JitParameters Parameters { get; set; } = new();

    // The merge point: the top of the dispatch loop. Overloads by arity keep the plain interpreter
    // free of boxing; the translator reads which argument is which from the declaration.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MergePoint<T1>(T1 a1) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MergePoint<T1, T2>(T1 a1, T2 a2) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MergePoint<T1, T2, T3>(T1 a1, T2 a2, T3 a3) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MergePoint<T1, T2, T3, T4>(T1 a1, T2 a2, T3 a3, T4 a4) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MergePoint<T1, T2, T3, T4, T5>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MergePoint<T1, T2, T3, T4, T5, T6>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6) { }

    // A backward jump of the user's program: where loops are counted and compiled code entered.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CanEnterJit<T1>(T1 a1) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CanEnterJit<T1, T2>(T1 a1, T2 a2) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CanEnterJit<T1, T2, T3>(T1 a1, T2 a2, T3 a3) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CanEnterJit<T1, T2, T3, T4>(T1 a1, T2 a2, T3 a3, T4 a4) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CanEnterJit<T1, T2, T3, T4, T5>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CanEnterJit<T1, T2, T3, T4, T5, T6>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6) { }
}
