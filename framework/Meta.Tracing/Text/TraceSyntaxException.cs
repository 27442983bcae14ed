namespace Meta.Tracing.Text;

/// <summary>Malformed trace text: where (1-based line and column) and what is wrong.</summary>
public sealed class TraceSyntaxException(int line, int column, string problem)
    : Exception($"line {line}, column {column}: {problem}")
{
    public TraceSyntaxException(int line, int column, string expected, string found)
        : this(line, column, $"expected {expected}, found {found}")
    {
    }

    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
