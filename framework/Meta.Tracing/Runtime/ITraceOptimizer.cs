using Meta.Tracing.IR;

namespace Meta.Tracing.Runtime;

/// <summary>The optimizer as the runtime uses it (implemented by Meta.Optimizer's TraceOptimizer).</summary>
public interface ITraceOptimizer
{
    /// <summary>Optimizes a function trace or a bridge.</summary>
    Trace Optimize(Trace trace);

    /// <summary>Optimizes a loop trace (one that ends with a jump back to its start).</summary>
    OptimizedLoop OptimizeLoop(Trace loop);

    /// <summary>
    /// Optimizes a bridge that ends with its loop's short preamble; null when its values cannot
    /// enter the loop body (the body's label carries virtuals the bridge's values are not).
    /// </summary>
    Trace? OptimizeIntoLoop(Trace bridge);
}

/// <summary>
/// An optimized loop, and for a peeled loop its short preamble: a trace over the loop's inputs
/// that recomputes what the loop body takes from the preamble, checks what the body assumes of
/// it, and jumps to the body's label. A bridge back to the loop ends with it instead of running
/// the whole preamble again (RPython's unroll.py and shortpreamble.py). Its guards resume at
/// <see cref="ResumeFrame.AtLoopEntry"/>: if one fails, the loop is entered at its start.
/// <see cref="StateAtLabel"/> says what the body label's arguments stand for: resume data whose one
/// frame (<see cref="ResumeFrame.AtLoopEntry"/>) holds the loop's varying inputs, in input order,
/// virtuals described, and whose pending writes are the heap locations held in registers (a
/// virtualizable frame's fields) whose memory may be stale at the label. A debugger or a test
/// stopping at the label materializes it to see the values and the heap the loop means there.
/// </summary>
public sealed record OptimizedLoop(Trace Trace, Trace? ShortPreamble, ResumeData? StateAtLabel = null);

/// <summary>A plain function as optimizer: loops get no short preamble (tests, and the optimizer switched off).</summary>
public sealed class FunctionOptimizer(Func<Trace, Trace> optimize) : ITraceOptimizer
{
    public Trace Optimize(Trace trace) => optimize(trace);

    public OptimizedLoop OptimizeLoop(Trace loop) => new(optimize(loop), null);

    public Trace? OptimizeIntoLoop(Trace bridge) => optimize(bridge);
}
