using System.Globalization;
using System.Text;

namespace Meta.Tracing.Text;

/// <summary>Splits trace text into tokens; '#' starts a comment that runs to the end of the line.</summary>
public sealed class TraceLexer
{
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private int _i;
    private int _line = 1;
    private int _lineStart;

    private TraceLexer(string text) => _text = text;

    public static List<Token> Tokenize(string text) => new TraceLexer(text).Run();

    private int Column => _i - _lineStart + 1;

    private char Peek(int ahead = 0) => _i + ahead < _text.Length ? _text[_i + ahead] : '\0';

    private List<Token> Run()
    {
        while (_i < _text.Length)
        {
            var c = _text[_i];
            var (line, column) = (_line, Column);
            if (c == '\n')
            {
                _tokens.Add(new Token(TokenKind.Newline, "\n", line, column));
                _i++;
                (_line, _lineStart) = (_line + 1, _i);
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _i++;
            }
            else if (c == '#')
            {
                while (_i < _text.Length && _text[_i] != '\n')
                {
                    _i++;
                }
            }
            else if (char.IsAsciiDigit(c) || (c is '-' or '+' && (char.IsAsciiDigit(Peek(1)) || At(_i + 1, "inf"))))
            {
                _tokens.Add(Number());
            }
            else if (TextSyntax.IsNameStart(c) || c == '`')
            {
                _tokens.Add(new Token(TokenKind.Name, Name("a name"), line, column));
            }
            else if (c == '$')
            {
                _i++;
                _tokens.Add(new Token(TokenKind.Object, Name("an object name after '$'"), line, column));
            }
            else if (c == '"')
            {
                _tokens.Add(new Token(TokenKind.String, StringLiteral(), line, column));
            }
            else if (c == '-' && Peek(1) == '>')
            {
                _tokens.Add(new Token(TokenKind.Punct, "->", line, column));
                _i += 2;
            }
            else if ("()[]{},=:;@*-".Contains(c))
            {
                _tokens.Add(new Token(TokenKind.Punct, c.ToString(), line, column));
                _i++;
            }
            else
            {
                throw Error("a token");
            }
        }
        _tokens.Add(new Token(TokenKind.End, "", _line, Column));
        return _tokens;
    }

    private TraceSyntaxException Error(string expected) =>
        new(_line, Column, expected, _i < _text.Length ? (_text[_i] == '\n' ? "end of line" : $"'{_text[_i]}'") : "end of text");

    private bool At(int index, string word) => string.CompareOrdinal(_text, index, word, 0, word.Length) == 0;

    private Token Number()
    {
        var (start, column) = (_i, Column);
        if (Peek() is '-' or '+')
        {
            _i++;
        }
        if (At(_i, "inf"))
        {
            _i += 3;
            return new Token(TokenKind.Float, _text[start.._i], _line, column);
        }
        var isFloat = false;
        while (char.IsAsciiDigit(Peek()) || Peek() is '.' or 'E' or 'e' || (Peek() is '+' or '-' && _text[_i - 1] is 'E' or 'e'))
        {
            isFloat |= !char.IsAsciiDigit(Peek());
            _i++;
        }
        var kind = isFloat ? TokenKind.Float : TokenKind.Int;
        var end = _i;
        if (!isFloat && Peek() == 'L')
        {
            kind = TokenKind.Long;
            _i++;
        }
        if (TextSyntax.IsNamePart(Peek()))
        {
            throw Error("a separator after the number");
        }
        return new Token(kind, _text[start..end], _line, column);
    }

    /// <summary>A bare name, or one in backquotes with `` for a backquote.</summary>
    private string Name(string expected)
    {
        if (Peek() != '`')
        {
            var start = _i;
            if (!TextSyntax.IsNameStart(Peek()))
            {
                throw Error(expected);
            }
            while (TextSyntax.IsNamePart(Peek()))
            {
                _i++;
            }
            return _text[start.._i];
        }
        var name = new StringBuilder();
        _i++;
        while (true)
        {
            if (_i >= _text.Length || _text[_i] == '\n')
            {
                throw Error("a closing '`'");
            }
            if (_text[_i] == '`' && Peek(1) == '`')
            {
                name.Append('`');
                _i += 2;
            }
            else if (_text[_i] == '`')
            {
                _i++;
                return name.ToString();
            }
            else
            {
                name.Append(_text[_i++]);
            }
        }
    }

    private string StringLiteral()
    {
        var value = new StringBuilder();
        _i++;
        while (true)
        {
            if (_i >= _text.Length || _text[_i] == '\n')
            {
                throw Error("a closing '\"'");
            }
            var c = _text[_i];
            if (c == '"')
            {
                _i++;
                return value.ToString();
            }
            if (c != '\\')
            {
                value.Append(c);
                _i++;
                continue;
            }
            _i++;
            switch (Peek())
            {
                case '"' or '\\':
                    value.Append(Peek());
                    _i++;
                    break;
                case 'n':
                    value.Append('\n');
                    _i++;
                    break;
                case 'r':
                    value.Append('\r');
                    _i++;
                    break;
                case 't':
                    value.Append('\t');
                    _i++;
                    break;
                case 'u' when _i + 5 <= _text.Length && int.TryParse(_text.AsSpan(_i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    value.Append((char)code);
                    _i += 5;
                    break;
                default:
                    throw Error("an escape: \\\" \\\\ \\n \\r \\t or \\uXXXX");
            }
        }
    }
}
