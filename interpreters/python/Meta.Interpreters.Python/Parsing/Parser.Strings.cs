using System.Text;
using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// Adjacent string literals: concatenation into a Constant, or a JoinedStr when an f-string takes part.
public sealed partial class Parser
{
    /// <summary>First token of the string group being turned into a JoinedStr.</summary>
    private Token? _stringGroupStart;

    private ExprNode Strings()
    {
        var first = Peek();
        var tokens = new List<Token>();
        while (Peek().Kind == TokenKind.String)
        {
            tokens.Add(Next());
        }

        var literals = tokens.ConvertAll(StringLiteral.Split);
        foreach (var literal in literals)
        {
            // Undecodable source bytes (see SurrogateEscape) are an error inside str literals.
            if (!literal.IsBytes && SurrogateEscape.DecodeError(literal.Body) is { } decodeError)
            {
                throw StringError(decodeError);
            }
        }

        var bytesCount = literals.Count(l => l.IsBytes);
        if (bytesCount != 0 && bytesCount != literals.Count)
        {
            // CPython 3.11 reports this at the token after the literals.
            throw ErrorAt(Peek(), "cannot mix bytes and nonbytes literals");
        }

        if (bytesCount != 0)
        {
            var all = new List<byte>();
            for (var i = 0; i < literals.Count; i++)
            {
                var tok = tokens[i];
                // A non-ASCII character (position -1) is reported at the token start, escapes past its end.
                all.AddRange(StringLiteral.DecodeBytes(literals[i].Body, literals[i].IsRaw, (msg, pos) => pos < 0 ? ErrorAt(tok, msg) : StringError(msg)));
            }

            return Loc(new Constant(all.ToArray()), first);
        }

        if (!literals.Any(l => l.IsFString))
        {
            var parts = new List<object>();
            for (var i = 0; i < literals.Count; i++)
            {
                var tok = tokens[i];
                parts.Add(literals[i].IsRaw ? literals[i].Body : StringLiteral.DecodeStrValue(literals[i].Body, (msg, _) => StringError(msg)));
            }

            object value;
            if (parts.TrueForAll(p => p is string))
            {
                value = string.Concat(parts.Cast<string>());
            }
            else
            {
                // Surrogate code points from escapes: keep the whole literal as code points.
                value = new CodePointString([.. parts.SelectMany(p => p is CodePointString c ? c.CodePoints : CodePointString.CodePointsOf((string)p))]);
            }

            return Loc(new Constant(value, literals[0].IsUnicodeKind ? "u" : null), first);
        }

        _stringGroupStart = first;
        var builder = new FStringBuilder(this, first, null);
        for (var i = 0; i < literals.Count; i++)
        {
            if (literals[i].IsFString)
            {
                var pos = 0;
                FStringBody(literals[i], tokens[i], ref pos, 0, builder, inSpec: false);
            }
            else
            {
                builder.AddLiteral(DecodeStrLiteral(literals[i]));
            }
        }

        return Loc(new JoinedStr(builder.Finish()), first);
    }

    private string DecodeStrLiteral(StringLiteral lit) =>
        lit.IsRaw ? lit.Body : StringLiteral.DecodeStr(lit.Body, (msg, _) => StringError(msg));

    /// <summary>Literal text and replacement fields of an f-string body (or of a format spec when <paramref name="inSpec"/>).</summary>
    private void FStringBody(StringLiteral lit, Token tok, ref int i, int level, FStringBuilder builder, bool inSpec)
    {
        var s = lit.Body;
        while (i < s.Length)
        {
            var text = new StringBuilder();
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '\\' && !lit.IsRaw && i + 1 < s.Length)
                {
                    // \N{NAME} braces belong to the escape, not to a replacement field.
                    if (s[i + 1] == 'N' && i + 2 < s.Length && s[i + 2] == '{')
                    {
                        var close = s.IndexOf('}', i + 3);
                        var end = close < 0 ? s.Length : close + 1;
                        text.Append(s, i, end - i);
                        i = end;
                        continue;
                    }

                    text.Append(c).Append(s[i + 1]);
                    i += 2;
                    continue;
                }

                if (c == '{')
                {
                    if (!inSpec && i + 1 < s.Length && s[i + 1] == '{')
                    {
                        text.Append('{');
                        i += 2;
                        continue;
                    }

                    break;
                }

                if (c == '}')
                {
                    if (inSpec)
                    {
                        break;
                    }

                    if (i + 1 < s.Length && s[i + 1] == '}')
                    {
                        text.Append('}');
                        i += 2;
                        continue;
                    }

                    throw StringError("f-string: single '}' is not allowed");
                }

                text.Append(c);
                i++;
            }

            if (text.Length > 0)
            {
                builder.AddLiteral(lit.IsRaw ? text.ToString() : StringLiteral.DecodeStr(text.ToString(), (msg, _) => StringError(msg)));
            }

            if (i >= s.Length || s[i] == '}')
            {
                return;
            }

            ReplacementField(lit, tok, ref i, level, builder);
        }
    }

    /// <summary>One '{' expression ['='] ['!' conversion] [':' format_spec] '}' field, by CPython 3.11's scanning rules.</summary>
    private void ReplacementField(StringLiteral lit, Token tok, ref int i, int level, FStringBuilder builder)
    {
        var s = lit.Body;
        if (level >= 2)
        {
            throw StringError("f-string: expressions nested too deeply");
        }

        i++;
        var exprStart = i;
        var quote = '\0';
        var tripleQuote = false;
        var nesting = new Stack<char>();
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\\')
            {
                throw StringError("f-string expression part cannot include a backslash");
            }

            if (quote != '\0')
            {
                if (c == quote && (!tripleQuote || (i + 2 < s.Length && s[i + 1] == quote && s[i + 2] == quote)))
                {
                    i += tripleQuote ? 3 : 1;
                    quote = '\0';
                    continue;
                }

                i++;
                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                tripleQuote = i + 2 < s.Length && s[i + 1] == c && s[i + 2] == c;
                i += tripleQuote ? 3 : 1;
                continue;
            }

            if (c is '[' or '(' or '{')
            {
                if (nesting.Count >= 200)
                {
                    throw StringError("f-string: too many nested parenthesis");
                }

                nesting.Push(c);
                i++;
                continue;
            }

            if (c == '#')
            {
                throw StringError("f-string expression part cannot include '#'");
            }

            if (nesting.Count == 0 && c is '!' or ':' or '}' or '=' or '<' or '>')
            {
                var next = i + 1 < s.Length ? s[i + 1] : '\0';
                if (next == '=' && c is '!' or '=' or '<' or '>')
                {
                    i += 2;
                    continue;
                }

                if (c is '<' or '>')
                {
                    i++;
                    continue;
                }

                break;
            }

            if (c is ')' or ']' or '}')
            {
                if (nesting.Count == 0)
                {
                    throw StringError($"f-string: unmatched '{c}'");
                }

                var open = nesting.Pop();
                if ((open, c) is not (('(', ')') or ('[', ']') or ('{', '}')))
                {
                    throw StringError($"f-string: closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                }
            }

            i++;
        }

        if (quote != '\0')
        {
            throw StringError("f-string: unterminated string");
        }

        if (i >= s.Length)
        {
            throw StringError("f-string: expecting '}'");
        }

        var exprText = s[exprStart..i];
        if (string.IsNullOrWhiteSpace(exprText))
        {
            throw StringError("f-string: empty expression not allowed");
        }

        var value = FStringExpression(exprText, lit.BodyStart + exprStart);
        string? debugText = null;
        var conversion = -1;
        if (s[i] == '=')
        {
            i++;
            while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                i++;
            }

            debugText = s[exprStart..i];
        }

        if (i < s.Length && s[i] == '!')
        {
            i++;
            if (i >= s.Length)
            {
                throw StringError("f-string: expecting '}'");
            }

            var conv = s[i];
            if (conv is not ('s' or 'r' or 'a'))
            {
                throw StringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }

            conversion = conv;
            i++;
        }

        JoinedStr? formatSpec = null;
        if (i < s.Length && s[i] == ':')
        {
            i++;
            var spec = new FStringBuilder(this, _stringGroupStart!, tok);
            FStringBody(lit, tok, ref i, level + 1, spec, inSpec: true);
            // CPython 3.11 gives a format spec the span of the string token that holds it.
            formatSpec = new JoinedStr(spec.Finish())
            {
                Lineno = tok.Line,
                ColOffset = tok.Col,
                EndLineno = tok.EndLine,
                EndColOffset = tok.EndCol,
            };
        }

        if (i >= s.Length || s[i] != '}')
        {
            throw StringError("f-string: expecting '}'");
        }

        i++;
        if (debugText is not null)
        {
            builder.AddLiteral(debugText);
            if (conversion == -1 && formatSpec is null)
            {
                conversion = 'r';
            }
        }

        builder.AddValue(SpanOfStringGroup(new FormattedValue(value, conversion, formatSpec)));
    }

    /// <summary>Parses a replacement field's expression as CPython 3.11 does: wrapped in parentheses, in its own parser.</summary>
    private ExprNode FStringExpression(string text, int textIndex)
    {
        try
        {
            return ParseFStringExpression(text, _src, textIndex);
        }
        catch (PythonSyntaxError err)
        {
            // Errors inside the field are reported against the f-string, prefixed as CPython 3.11 does.
            // CPython 3.11 keeps the column within the parenthesized copy and shifts only the line.
            var message = err.Msg.StartsWith("f-string", StringComparison.Ordinal) ? err.Msg : "f-string: " + err.Msg;
            var line = _src.LineOf(textIndex) + err.Line - 1;
            throw new PythonSyntaxError(message, err.FileName, line, err.Column, line + err.EndLine - err.Line, err.EndColumn, _src.LineText(line));
        }
    }

    /// <summary>
    /// Errors inside string literals: CPython 3.11 reports them at the token after the group of
    /// adjacent literals (the last token it read), whichever literal holds the mistake.
    /// </summary>
    private PythonSyntaxError StringError(string message) => ErrorAtToken(Peek(), message);

    /// <summary>CPython 3.11 gives the parts of an f-string the span of the whole group of adjacent literals.</summary>
    private T SpanOfStringGroup<T>(T node)
        where T : Node => Loc(node, _stringGroupStart!);

    /// <summary>
    /// Collects the values of a JoinedStr, merging adjacent literal text into one Constant. CPython
    /// 3.11 positions literal Constants from the group start to the last token; inside a format
    /// spec (<paramref name="specToken"/>) they end at the spec's token, and the text left at the end
    /// of the spec spans that token alone.
    /// </summary>
    private sealed class FStringBuilder(Parser parser, Token start, Token? specToken)
    {
        private readonly List<ExprNode> _values = [];
        private readonly StringBuilder _text = new();

        public void AddLiteral(string s) => _text.Append(s);

        public void AddValue(ExprNode value)
        {
            Flush(atEnd: false);
            _values.Add(value);
        }

        public List<ExprNode> Finish()
        {
            Flush(atEnd: true);
            return _values;
        }

        private void Flush(bool atEnd)
        {
            if (_text.Length > 0)
            {
                var from = atEnd && specToken is not null ? specToken : start;
                var to = specToken ?? parser.Previous;
                var c = new Constant(_text.ToString())
                {
                    Lineno = from.Line,
                    ColOffset = from.Col,
                    EndLineno = to.EndLine,
                    EndColOffset = to.EndCol,
                };
                _values.Add(c);
                _text.Clear();
            }
        }
    }
}
