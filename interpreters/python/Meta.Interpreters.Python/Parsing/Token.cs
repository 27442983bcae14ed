namespace Meta.Interpreters.Python.Parsing;

public enum TokenKind
{
    Name,
    /// <summary>A NAME that is a hard keyword (<c>if</c>, <c>def</c>, ...); soft keywords stay <see cref="Name"/>.</summary>
    Keyword,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

/// <summary>
/// One token. Start/End are indexes into the normalized source text; lines are 1-based,
/// columns are UTF-8 byte offsets within the line as CPython reports them.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, int Start, int End, int Line, int Col, int EndLine, int EndCol)
{
    public bool Is(string op) => (Kind == TokenKind.Op || Kind == TokenKind.Keyword) && Text == op;

    public override string ToString() => $"{Kind} '{Text}' {Line}:{Col}";
}
