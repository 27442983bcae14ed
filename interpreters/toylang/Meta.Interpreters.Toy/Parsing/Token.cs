namespace Meta.Interpreters.Toy.Parsing;

public enum TokenKind
{
    Int,
    Float,
    String,
    Identifier,

    // Keywords
    Var,
    Fun,
    Record,
    If,
    Else,
    While,
    For,
    In,
    Break,
    Continue,
    Return,
    True,
    False,
    Nil,
    And,
    Or,

    // Punctuation and operators
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    Colon,
    Semicolon,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Bang,
    Assign,
    EqualEqual,
    BangEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,

    EndOfInput,
}

/// <summary>
/// One token: its kind, its text as written (for identifiers and error messages), its value
/// for literals (long, double or the unescaped string), and where it starts (1-based).
/// </summary>
public readonly record struct Token(TokenKind Kind, string Text, object? Literal, int Line, int Column);
