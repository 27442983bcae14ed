using System.Globalization;
using System.Text;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>
/// Python 3.11 tokenizer: produces tokens on demand (so a parse error early in a file is reported
/// before a tokenizer error later, as CPython does). Handles indentation with CPython's tab rules,
/// implicit joining inside brackets, backslash continuations, numbers, strings and operators.
/// String tokens keep their raw text; <see cref="StringLiteral"/> decodes them.
/// </summary>
public sealed partial class Tokenizer
{
    /// <summary>CPython's MAXINDENT: deeper indentation is an IndentationError.</summary>
    private const int MaxIndent = 100;

    /// <summary>CPython's MAXLEVEL: deeper bracket nesting is "too many nested parentheses".</summary>
    private const int MaxLevel = 200;

    private static readonly HashSet<string> HardKeywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ];

    private static readonly string[] ThreeCharOps = ["**=", "//=", ">>=", "<<=", "...", "!="];
    private static readonly string[] TwoCharOps =
    [
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=", ">>",
        "@=", "^=", "|=",
    ];

    private const string OneCharOps = "%&()*+,-./:;<=>@[]^{|}~";

    private readonly SourceText _src;
    private readonly string _text;
    private readonly List<int> _indents = [0];
    private readonly List<int> _altIndents = [0];
    private readonly List<(char Bracket, int Pos)> _brackets = [];
    private readonly Queue<Token> _pending = new();
    private int _pos;
    private bool _atLineStart = true;
    private bool _lineHasTokens;
    private bool _done;

    public Tokenizer(SourceText source)
    {
        _src = source;
        _text = source.Text;
    }

    public SourceText Source => _src;

    /// <summary>Tokenizes a whole text (for tests and tools).</summary>
    public static List<Token> TokenizeAll(SourceText source)
    {
        var t = new Tokenizer(source);
        var result = new List<Token>();
        while (true)
        {
            var tok = t.Next();
            result.Add(tok);
            if (tok.Kind == TokenKind.EndMarker)
            {
                return result;
            }
        }
    }

    public Token Next()
    {
        while (_pending.Count == 0)
        {
            Produce();
        }

        return _pending.Dequeue();
    }

    private char Cur => _pos < _text.Length ? _text[_pos] : '\0';

    private char At(int i) => i < _text.Length ? _text[i] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private Token Make(TokenKind kind, string text, int start, int end) =>
        new(kind, text, start, end, _src.LineOf(start), _src.ByteColumn(start), _src.LineOf(end), _src.ByteColumn(end));

    private void Emit(TokenKind kind, int start, int end)
    {
        var text = _text[start..end];
        if (kind == TokenKind.Name && HardKeywords.Contains(text))
        {
            kind = TokenKind.Keyword;
        }

        _pending.Enqueue(Make(kind, text, start, end));
        _lineHasTokens = true;
    }

    private PythonSyntaxError Error(string message, int start, int end, SyntaxErrorKind kind = SyntaxErrorKind.Syntax)
    {
        var e = _src.Error(message, start, end, kind);
        e.IsTokenizerError = true;
        return e;
    }

    private void Produce()
    {
        if (_done)
        {
            _pending.Enqueue(Make(TokenKind.EndMarker, "", _text.Length, _text.Length));
            return;
        }

        if (_atLineStart)
        {
            _atLineStart = false;
            if (HandleIndentation())
            {
                return;
            }
        }

        // Skip blanks between tokens.
        while (Cur is ' ' or '\t' or '\f')
        {
            _pos++;
        }

        // A NEWLINE after a comment starts where the comment does, as in CPython.
        var commentStart = -1;
        if (Cur == '#')
        {
            commentStart = _pos;
            while (!AtEnd && Cur != '\n')
            {
                _pos++;
            }
        }

        if (AtEnd)
        {
            EndOfInput();
            return;
        }

        var c = Cur;
        var start = _pos;
        if (c == '\n')
        {
            _pos++;
            if (_brackets.Count == 0)
            {
                if (_lineHasTokens)
                {
                    _pending.Enqueue(Make(TokenKind.Newline, "", commentStart >= 0 ? commentStart : start, start + 1));
                }

                _lineHasTokens = false;
                _atLineStart = true;
            }

            return;
        }

        if (c == '\\')
        {
            if (At(_pos + 1) == '\n')
            {
                _pos += 2;
                if (AtEnd)
                {
                    throw Error("unexpected EOF while parsing", _pos, _pos);
                }

                return;
            }

            if (_pos + 1 >= _text.Length)
            {
                throw Error("unexpected EOF while parsing", _pos, _pos);
            }

            throw Error("unexpected character after line continuation character", _pos + 1, _pos + 1);
        }

        if (IsIdentifierStartAt(_text, _pos))
        {
            ScanNameOrString();
            return;
        }

        if (IsDigit(c) || (c == '.' && IsDigit(At(_pos + 1))))
        {
            ScanNumber();
            return;
        }

        if (c is '\'' or '"')
        {
            ScanString(start, _pos);
            return;
        }

        ScanOperator();
    }

    /// <summary>Measures the indentation of a new logical line; returns true when it emitted tokens or skipped a blank line.</summary>
    private bool HandleIndentation()
    {
        var col = 0;
        var altCol = 0;
        (int, int)? contCol = null;
        var lineStart = _pos;
        while (true)
        {
            var ch = Cur;
            if (ch == ' ')
            {
                col++;
                altCol++;
            }
            else if (ch == '\t')
            {
                // Tabs advance to the next multiple of 8; altcol counts a tab as one column so
                // that indentation meaning different things under tab sizes 8 and 1 is caught.
                col = (col / 8 + 1) * 8;
                altCol++;
            }
            else if (ch == '\f')
            {
                col = altCol = 0;
            }
            else if (ch == '\\')
            {
                // A backslash continuation inside indentation: the column before the first one
                // sets the level (CPython 3.11); anything but a newline after it is an error.
                if (At(_pos + 1) != '\n')
                {
                    throw Error("unexpected character after line continuation character", _pos + 1, _pos + 1);
                }

                contCol ??= (col, altCol);
                _pos += 2;
                continue;
            }
            else
            {
                break;
            }

            _pos++;
        }

        if (contCol is { } cc)
        {
            (col, altCol) = cc;
        }

        if (Cur is '#' or '\n' || AtEnd)
        {
            // Blank or comment-only line: no indentation tokens.
            while (!AtEnd && Cur != '\n')
            {
                _pos++;
            }

            if (!AtEnd)
            {
                _pos++;
                _atLineStart = true;
            }

            return true;
        }

        var top = _indents[^1];
        if (col == top)
        {
            if (altCol != _altIndents[^1])
            {
                throw Error("inconsistent use of tabs and spaces in indentation", lineStart, lineStart, SyntaxErrorKind.Tab);
            }

            return false;
        }

        if (col > top)
        {
            if (_indents.Count >= MaxIndent)
            {
                throw Error("too many levels of indentation", _pos, _pos, SyntaxErrorKind.Indentation);
            }

            if (altCol <= _altIndents[^1])
            {
                throw Error("inconsistent use of tabs and spaces in indentation", lineStart, lineStart, SyntaxErrorKind.Tab);
            }

            _indents.Add(col);
            _altIndents.Add(altCol);
            _pending.Enqueue(Make(TokenKind.Indent, "", lineStart, _pos));
            return true;
        }

        while (_indents.Count > 1 && col < _indents[^1])
        {
            _indents.RemoveAt(_indents.Count - 1);
            _altIndents.RemoveAt(_altIndents.Count - 1);
            _pending.Enqueue(Make(TokenKind.Dedent, "", _pos, _pos));
        }

        if (col != _indents[^1])
        {
            // CPython's offset here is one past the end of the line.
            var lineEnd = _text.IndexOf('\n', _pos);
            lineEnd = lineEnd < 0 ? _text.Length : lineEnd;
            throw Error("unindent does not match any outer indentation level", lineEnd, lineEnd, SyntaxErrorKind.Indentation);
        }

        if (altCol != _altIndents[^1])
        {
            throw Error("inconsistent use of tabs and spaces in indentation", lineStart, lineStart, SyntaxErrorKind.Tab);
        }

        return true;
    }

    private void EndOfInput()
    {
        if (_brackets.Count > 0)
        {
            var (bracket, pos) = _brackets[^1];
            throw Error($"'{bracket}' was never closed", pos, pos + 1);
        }

        if (_lineHasTokens)
        {
            _pending.Enqueue(Make(TokenKind.Newline, "", _pos, _pos));
            _lineHasTokens = false;
        }

        while (_indents.Count > 1)
        {
            _indents.RemoveAt(_indents.Count - 1);
            _altIndents.RemoveAt(_altIndents.Count - 1);
            _pending.Enqueue(Make(TokenKind.Dedent, "", _pos, _pos));
        }

        _done = true;
        _pending.Enqueue(Make(TokenKind.EndMarker, "", _pos, _pos));
    }

    private void ScanOperator()
    {
        var start = _pos;
        var c = Cur;
        foreach (var op in ThreeCharOps)
        {
            if (op.Length == 3 && string.CompareOrdinal(_text, _pos, op, 0, 3) == 0)
            {
                _pos += 3;
                Emit(TokenKind.Op, start, _pos);
                return;
            }
        }

        foreach (var op in TwoCharOps)
        {
            if (string.CompareOrdinal(_text, _pos, op, 0, 2) == 0)
            {
                _pos += 2;
                Emit(TokenKind.Op, start, _pos);
                return;
            }
        }

        if (OneCharOps.Contains(c))
        {
            _pos++;
            if (c is '(' or '[' or '{')
            {
                if (_brackets.Count >= MaxLevel)
                {
                    throw Error("too many nested parentheses", start, start + 1);
                }

                _brackets.Add((c, start));
            }
            else if (c is ')' or ']' or '}')
            {
                if (_brackets.Count == 0)
                {
                    throw Error($"unmatched '{c}'", start, start + 1);
                }

                var (open, openPos) = _brackets[^1];
                if ((open, c) is not (('(', ')') or ('[', ']') or ('{', '}')))
                {
                    var openLine = _src.LineOf(openPos);
                    var message = openLine != _src.LineOf(start)
                        ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}"
                        : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'";
                    throw Error(message, start, start + 1);
                }

                _brackets.RemoveAt(_brackets.Count - 1);
            }

            Emit(TokenKind.Op, start, _pos);
            return;
        }

        if (c == '!' || c == '$' || c == '?' || c == '`')
        {
            // Characters the parser rejects with "invalid syntax" rather than the tokenizer.
            _pos++;
            Emit(TokenKind.Op, start, _pos);
            return;
        }

        var cp = char.IsHighSurrogate(c) && char.IsLowSurrogate(At(_pos + 1)) ? char.ConvertToUtf32(c, At(_pos + 1)) : c;
        var shown = char.ConvertFromUtf32(cp is >= 0xD800 and <= 0xDFFF ? 0xFFFD : cp);
        if (Ast.PyRepr.IsPrintable(cp))
        {
            throw Error($"invalid character '{shown}' (U+{cp:X4})", start, start);
        }

        throw Error($"invalid non-printable character U+{cp:X4}", start, start);
    }

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>
    /// Whether the code point at <paramref name="i"/> can start a name: letters (and letter
    /// numbers), '_', and undecodable bytes, which CPython's byte tokenizer also takes into names.
    /// </summary>
    internal static bool IsIdentifierStartAt(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';
        }

        if (SurrogateEscape.IsEscapedByteAt(text, i))
        {
            return true;
        }

        return Rune.TryGetRuneAt(text, i, out var rune) && Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    /// <summary>Whether the code point at <paramref name="i"/> can continue a name (adds marks, digits, connectors).</summary>
    internal static bool IsIdentifierCharAt(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
        }

        return IsIdentifierStartAt(text, i) || (Rune.TryGetRuneAt(text, i, out var rune) && Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation);
    }

    /// <summary>UTF-16 length of the code point at <paramref name="i"/>.</summary>
    internal static int CodePointLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
