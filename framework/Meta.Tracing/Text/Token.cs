namespace Meta.Tracing.Text;

public enum TokenKind
{
    Name,
    Int,
    Long,
    Float,
    String,
    /// <summary>$name: an object constant.</summary>
    Object,
    /// <summary>One of ( ) [ ] { } , = : ; @ * - and the arrow -&gt;.</summary>
    Punct,
    Newline,
    End,
}

/// <summary>A token of trace text with the 1-based line and column it starts at.</summary>
public readonly record struct Token(TokenKind Kind, string Text, int Line, int Column)
{
    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;

    public bool IsName(string word) => Kind == TokenKind.Name && Text == word;

    /// <summary>How an error message shows the token.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Newline => "end of line",
        TokenKind.End => "end of text",
        TokenKind.String => "string " + Text,
        _ => "'" + Text + "'",
    };
}
