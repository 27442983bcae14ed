namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// A toylang error: a runtime error raised while running, or a syntax error found before.
/// Raised without a position deep inside the runtime; the dispatch loop of the frame that was
/// running adds the position of its current instruction on the way out.
/// </summary>
public sealed class ToyError(string message, bool isSyntaxError = false) : Exception(message)
{
    public bool IsSyntaxError { get; } = isSyntaxError;

    public bool HasPosition { get; private set; }

    public string File { get; private set; } = "";

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>The syntax error was found at the end of the input: more input may complete it (the REPL reads on).</summary>
    public bool AtEndOfInput { get; init; }

    public ToyError At(string file, int line, int column)
    {
        File = file;
        Line = line;
        Column = column;
        HasPosition = true;
        return this;
    }

    /// <summary>The one-line form every error is printed in: <c>FILE:LINE:COL: error: MESSAGE</c>.</summary>
    public string Format() => $"{File}:{Line}:{Column}: error: {Message}";

    public static ToyError Syntax(string message, string file, int line, int column, bool atEnd = false) =>
        new ToyError(message, isSyntaxError: true) { AtEndOfInput = atEnd }.At(file, line, column);
}
