using System.Globalization;
using System.Text;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Parsing;

/// <summary>
/// Turns source text into tokens. Whitespace and <c>// comments</c> separate tokens and are
/// dropped; newlines mean nothing (statements end with ';').
/// </summary>
public sealed class Lexer(string source, string file)
{
    private static readonly Dictionary<string, TokenKind> Keywords = new()
    {
        ["var"] = TokenKind.Var,
        ["fun"] = TokenKind.Fun,
        ["record"] = TokenKind.Record,
        ["if"] = TokenKind.If,
        ["else"] = TokenKind.Else,
        ["while"] = TokenKind.While,
        ["for"] = TokenKind.For,
        ["in"] = TokenKind.In,
        ["break"] = TokenKind.Break,
        ["continue"] = TokenKind.Continue,
        ["return"] = TokenKind.Return,
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["nil"] = TokenKind.Nil,
        ["and"] = TokenKind.And,
        ["or"] = TokenKind.Or,
    };

    private int _position;
    private int _line = 1;
    private int _column = 1;

    public static List<Token> Tokenize(string source, string file)
    {
        var lexer = new Lexer(source, file);
        var tokens = new List<Token>();
        while (true)
        {
            var token = lexer.Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.EndOfInput)
            {
                return tokens;
            }
        }
    }

    public Token Next()
    {
        SkipSpaceAndComments();
        var (line, column, start) = (_line, _column, _position);
        if (_position >= source.Length)
        {
            return new Token(TokenKind.EndOfInput, "", null, line, column);
        }
        var c = Advance();
        if (char.IsAsciiDigit(c))
        {
            return Number(start, line, column);
        }
        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (_position < source.Length && (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_'))
            {
                Advance();
            }
            var word = source[start.._position];
            var kind = Keywords.TryGetValue(word, out var keyword) ? keyword : TokenKind.Identifier;
            return new Token(kind, word, null, line, column);
        }
        if (c == '"')
        {
            return String(start, line, column);
        }
        var simple = c switch
        {
            '(' => TokenKind.LeftParen,
            ')' => TokenKind.RightParen,
            '{' => TokenKind.LeftBrace,
            '}' => TokenKind.RightBrace,
            '[' => TokenKind.LeftBracket,
            ']' => TokenKind.RightBracket,
            ',' => TokenKind.Comma,
            '.' => TokenKind.Dot,
            ':' => TokenKind.Colon,
            ';' => TokenKind.Semicolon,
            '+' => TokenKind.Plus,
            '-' => TokenKind.Minus,
            '*' => TokenKind.Star,
            '/' => TokenKind.Slash,
            '%' => TokenKind.Percent,
            '!' => Match('=') ? TokenKind.BangEqual : TokenKind.Bang,
            '=' => Match('=') ? TokenKind.EqualEqual : TokenKind.Assign,
            '<' => Match('=') ? TokenKind.LessEqual : TokenKind.Less,
            '>' => Match('=') ? TokenKind.GreaterEqual : TokenKind.Greater,
            _ => throw ToyError.Syntax($"unexpected character '{c}'", file, line, column),
        };
        return new Token(simple, source[start.._position], null, line, column);
    }

    private Token Number(int start, int line, int column)
    {
        while (_position < source.Length && char.IsAsciiDigit(Peek()))
        {
            Advance();
        }
        var isFloat = false;
        if (Peek() == '.' && char.IsAsciiDigit(PeekNext()))
        {
            isFloat = true;
            Advance();
            while (char.IsAsciiDigit(Peek()))
            {
                Advance();
            }
        }
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(PeekNext()) || (PeekNext() is '+' or '-' && char.IsAsciiDigit(PeekAt(2)))))
        {
            isFloat = true;
            Advance();
            if (Peek() is '+' or '-')
            {
                Advance();
            }
            while (char.IsAsciiDigit(Peek()))
            {
                Advance();
            }
        }
        if (char.IsAsciiLetter(Peek()) || Peek() == '_')
        {
            throw ToyError.Syntax($"bad number '{source[start.._position]}{Peek()}'", file, line, column);
        }
        var text = source[start.._position];
        if (isFloat)
        {
            return new Token(TokenKind.Float, text, double.Parse(text, CultureInfo.InvariantCulture), line, column);
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw ToyError.Syntax($"integer literal {text} does not fit in 64 bits", file, line, column);
        }
        return new Token(TokenKind.Int, text, value, line, column);
    }

    private Token String(int start, int line, int column)
    {
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= source.Length || Peek() == '\n')
            {
                throw ToyError.Syntax("unterminated string", file, line, column, atEnd: _position >= source.Length);
            }
            var c = Advance();
            if (c == '"')
            {
                break;
            }
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            var (escapeLine, escapeColumn) = (_line, _column - 1);
            if (_position >= source.Length)
            {
                throw ToyError.Syntax("unterminated string", file, line, column, atEnd: true);
            }
            var escaped = Advance();
            value.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => '\0',
                '"' => '"',
                '\\' => '\\',
                _ => throw ToyError.Syntax($"unknown escape '\\{escaped}'", file, escapeLine, escapeColumn),
            });
        }
        return new Token(TokenKind.String, source[start.._position], value.ToString(), line, column);
    }

    private void SkipSpaceAndComments()
    {
        while (_position < source.Length)
        {
            var c = Peek();
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                Advance();
            }
            else if (c == '/' && PeekNext() == '/')
            {
                while (_position < source.Length && Peek() != '\n')
                {
                    Advance();
                }
            }
            else
            {
                return;
            }
        }
    }

    private char Advance()
    {
        var c = source[_position++];
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }
        return c;
    }

    private bool Match(char expected)
    {
        if (Peek() != expected)
        {
            return false;
        }
        Advance();
        return true;
    }

    private char Peek() => PeekAt(0);

    private char PeekNext() => PeekAt(1);

    private char PeekAt(int offset) => _position + offset < source.Length ? source[_position + offset] : '\0';
}
