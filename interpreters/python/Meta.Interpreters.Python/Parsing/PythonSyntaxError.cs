namespace Meta.Interpreters.Python.Parsing;

/// <summary>
/// CPython's SyntaxError as the front end reports it: message, filename, 1-based line, 1-based
/// column (CPython's <c>offset</c>, in characters), end position and the source line.
/// </summary>
public class PythonSyntaxError(string message, string fileName, int line, int column, int endLine, int endColumn, string? text)
    : Exception(message)
{
    /// <summary>The CPython exception class this error stands for.</summary>
    public virtual string PythonType => "SyntaxError";

    public string Msg { get; } = message;

    public string FileName { get; } = fileName;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public int EndLine { get; } = endLine;

    public int EndColumn { get; } = endColumn;

    public string? Text { get; } = text;

    /// <summary>Raised by the tokenizer: such errors win over any parser fallback, as in CPython.</summary>
    internal bool IsTokenizerError { get; set; }

    public override string ToString() => $"{PythonType}: {Msg} ({FileName}, line {Line}, column {Column})";
}

/// <summary>CPython's IndentationError.</summary>
public class PythonIndentationError(string message, string fileName, int line, int column, int endLine, int endColumn, string? text)
    : PythonSyntaxError(message, fileName, line, column, endLine, endColumn, text)
{
    public override string PythonType => "IndentationError";
}

/// <summary>CPython's TabError: indentation mixes tabs and spaces inconsistently.</summary>
public sealed class PythonTabError(string message, string fileName, int line, int column, int endLine, int endColumn, string? text)
    : PythonIndentationError(message, fileName, line, column, endLine, endColumn, text)
{
    public override string PythonType => "TabError";
}
