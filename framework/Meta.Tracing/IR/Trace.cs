namespace Meta.Tracing.IR;

/// <summary>
/// A trace: the inputs live where it starts, then operations in SSA form, the last of which is a
/// jump or a finish. A jump without a target goes back to the start, its arguments becoming the
/// inputs; a label splits a trace (preamble, loop body) and a jump to it re-enters after it.
/// </summary>
public sealed class Trace(IReadOnlyList<Input> inputs, IReadOnlyList<Operation> operations)
{
    public IReadOnlyList<Input> Inputs { get; } = inputs.ToArray();
    public IReadOnlyList<Operation> Operations { get; } = operations.ToArray();

    /// <summary>Throws <see cref="InvalidTraceException"/> listing what is wrong, if anything is.</summary>
    public Trace Verified()
    {
        var problems = TraceVerifier.Check(this);
        return problems.Count == 0 ? this : throw new InvalidTraceException(problems);
    }

    public override string ToString() => Text.TracePrinter.Print(this);
}

public sealed class InvalidTraceException(IReadOnlyList<TraceProblem> problems)
    : Exception("invalid trace:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<TraceProblem> Problems { get; } = problems;
}
