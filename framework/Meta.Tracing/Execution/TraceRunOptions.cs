using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>Settings of one run of a trace by the IR interpreter.</summary>
public sealed class TraceRunOptions
{
    public static readonly TraceRunOptions Default = new();

    /// <summary>
    /// How many loop-closing jumps may run; the next one ends the run with
    /// <see cref="ExitKind.IterationLimit"/>. Null: no bound (the trace must exit by itself).
    /// </summary>
    public long? MaxIterations { get; init; }

    /// <summary>Whether the trace's assumptions were invalidated: guard_not_invalidated then fails.</summary>
    public bool Invalidated { get; init; }

    /// <summary>
    /// Bridges attached to guards (of the trace or of other bridges): when such a guard fails the
    /// run continues in the bridge, whose inputs are the guard's live values in order, and a
    /// bridge's jump to a label of the loop continues there (RPython's trace trees).
    /// </summary>
    public IReadOnlyDictionary<Operation, Trace>? Bridges { get; init; }

    /// <summary>
    /// Debugging deoptimization: asked at each guard that holds (except guard_exception, which
    /// takes the pending exception); true makes it fail anyway. Always correct: the resumed
    /// interpreter tests again what the guard tested and takes the path the trace took.
    /// </summary>
    public Func<Operation, bool>? ForceFailure { get; init; }
}
