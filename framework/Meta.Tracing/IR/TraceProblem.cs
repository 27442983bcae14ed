namespace Meta.Tracing.IR;

/// <summary>Something wrong with a trace: the index of the operation (-1: the inputs) and what.</summary>
public sealed record TraceProblem(int OpIndex, string Message)
{
    public override string ToString() => OpIndex < 0 ? Message : $"op {OpIndex}: {Message}";
}
