using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>How a run of a trace ended.</summary>
public enum ExitKind
{
    /// <summary>A guard failed; the values are its resume data's live values.</summary>
    Guard,
    /// <summary>The trace reached finish; the values are finish's arguments.</summary>
    Finish,
    /// <summary>
    /// A loop-closing jump was about to run after the allowed number of iterations; the values are
    /// the jump's arguments (the inputs or label arguments of the next iteration).
    /// </summary>
    IterationLimit,
}

/// <summary>
/// The end of one run of a trace, as the IR interpreter and every backend report it; the two must
/// agree exactly (the interpreter is the backends' oracle).
/// </summary>
/// <remarks>
/// For a failed guard, <see cref="Values"/> holds one value per entry of the guard's
/// <see cref="ResumeData.LiveValues"/>, in that order: each value once; dead slots, constants and
/// virtuals are absent (the resume data knows them). The resumer walks the frames again to put them back in place.
/// </remarks>
public sealed class ExitResult(ExitKind kind, int guardIndex, Operation? guard, IReadOnlyList<TraceValue> values, Exception? pendingException)
{
    public ExitKind Kind { get; } = kind;

    /// <summary>The failing guard's index among the trace's guards (in operation order), or -1.</summary>
    public int GuardIndex { get; } = guardIndex;

    /// <summary>The failing guard, or null when the run did not end at a guard.</summary>
    public Operation? Guard { get; } = guard;

    public IReadOnlyList<TraceValue> Values { get; } = values.ToArray();

    /// <summary>
    /// The exception raised by the last call that could raise and not yet taken by a passing
    /// guard_exception, if any: what the interpreter must re-raise when it resumes after a failed
    /// guard_no_exception (RPython keeps it in the dead frame the same way).
    /// </summary>
    public Exception? PendingException { get; } = pendingException;

    public override string ToString()
    {
        var where = Kind switch
        {
            ExitKind.Guard => $"guard #{GuardIndex} ({Guard?.Info.Name})",
            ExitKind.Finish => "finish",
            _ => "iteration limit",
        };
        var exception = PendingException is null ? "" : $" pending {PendingException.GetType().Name}";
        return $"{where}({string.Join(", ", Values)}){exception}";
    }
}
