using System.Globalization;
using System.Text;
using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>A string token split into its prefix flags and body, with CPython's escape decoding.</summary>
internal readonly record struct StringLiteral(bool IsRaw, bool IsBytes, bool IsFString, bool IsUnicodeKind, string Body, int BodyStart)
{
    /// <summary>Splits a STRING token's text: prefix letters, quotes (1 or 3), body.</summary>
    public static StringLiteral Split(Token token)
    {
        var text = token.Text;
        var i = 0;
        bool raw = false, bytes = false, f = false, u = false;
        while (text[i] is not ('\'' or '"'))
        {
            switch (char.ToLowerInvariant(text[i]))
            {
                case 'r':
                    raw = true;
                    break;
                case 'b':
                    bytes = true;
                    break;
                case 'f':
                    f = true;
                    break;
                case 'u':
                    u = true;
                    break;
            }

            i++;
        }

        var quote = text[i];
        var quoteLen = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote && text.Length - i >= 6 ? 3 : 1;
        var body = text.Substring(i + quoteLen, text.Length - i - 2 * quoteLen);
        return new StringLiteral(raw, bytes, f, u, body, token.Start + i + quoteLen);
    }

    /// <summary>
    /// Decodes the escapes of a str literal body (or of a literal part of an f-string).
    /// <paramref name="fail"/> builds the error for a malformed escape at a body offset.
    /// </summary>
    public static string DecodeStr(string body, Func<string, int, Exception> fail) =>
        DecodeStrValue(body, fail).ToString()!;

    /// <summary>
    /// Decodes a str literal body to a string, or to a <see cref="CodePointString"/> when escapes
    /// produced surrogate code points that a .NET string cannot keep apart.
    /// </summary>
    public static object DecodeStrValue(string body, Func<string, int, Exception> fail)
    {
        if (body.IndexOf('\\') < 0)
        {
            return body;
        }

        var sb = new CodePointBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                sb.Append(c);
                continue;
            }

            var start = i;
            var e = body[++i];
            switch (e)
            {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    sb.Append(e);
                    break;
                case 'a':
                    sb.Append('\a');
                    break;
                case 'b':
                    sb.Append('\b');
                    break;
                case 'f':
                    sb.Append('\f');
                    break;
                case 'n':
                    sb.Append('\n');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'v':
                    sb.Append('\v');
                    break;
                case >= '0' and <= '7':
                    {
                        var value = 0;
                        var n = 0;
                        while (n < 3 && i < body.Length && body[i] is >= '0' and <= '7')
                        {
                            value = value * 8 + (body[i] - '0');
                            i++;
                            n++;
                        }

                        i--;
                        sb.Append((char)value);
                        break;
                    }

                case 'x':
                case 'u':
                case 'U':
                    {
                        var digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        var value = ParseHex(body, i + 1, digits);
                        if (value < 0)
                        {
                            // CPython's range ends at the first character that is not a hex digit.
                            var valid = 0;
                            while (valid < digits && i + 1 + valid < body.Length && char.IsAsciiHexDigit(body[i + 1 + valid]))
                            {
                                valid++;
                            }

                            var escName = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                            throw fail($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{start + 1 + valid}: truncated {escName} escape", start);
                        }

                        if (value > 0x10FFFF)
                        {
                            throw fail($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{i + digits}: illegal Unicode character", start);
                        }

                        AppendCodePoint(sb, value);
                        i += digits;
                        break;
                    }

                case 'N':
                    {
                        var close = i + 1 < body.Length && body[i + 1] == '{' ? body.IndexOf('}', i + 2) : -1;
                        var cp = close > i + 2 ? Text.UnicodeData.Lookup(body[(i + 2)..close]) : -1;
                        if (cp < 0)
                        {
                            var end = close > 0 ? close : Math.Min(body.Length - 1, i);
                            var what = close > i + 2 ? "unknown Unicode character name" : "malformed \\N character escape";
                            throw fail($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}", start);
                        }

                        AppendCodePoint(sb, cp);
                        i = close;
                        break;
                    }

                default:
                    // Unknown escapes stay as written (CPython only warns).
                    sb.Append('\\').Append(e);
                    break;
            }
        }

        return sb.Result();
    }

    /// <summary>Decodes a bytes literal body; every character must be ASCII.</summary>
    public static byte[] DecodeBytes(string body, bool raw, Func<string, int, Exception> fail)
    {
        var result = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c >= 0x80)
            {
                throw fail("bytes can only contain ASCII literal characters", -1);
            }

            if (c != '\\' || raw || i + 1 >= body.Length)
            {
                result.Add((byte)c);
                continue;
            }

            var start = i;
            var e = body[++i];
            switch (e)
            {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    result.Add((byte)e);
                    break;
                case 'a':
                    result.Add(7);
                    break;
                case 'b':
                    result.Add(8);
                    break;
                case 'f':
                    result.Add(12);
                    break;
                case 'n':
                    result.Add(10);
                    break;
                case 'r':
                    result.Add(13);
                    break;
                case 't':
                    result.Add(9);
                    break;
                case 'v':
                    result.Add(11);
                    break;
                case >= '0' and <= '7':
                    {
                        var value = 0;
                        var n = 0;
                        while (n < 3 && i < body.Length && body[i] is >= '0' and <= '7')
                        {
                            value = value * 8 + (body[i] - '0');
                            i++;
                            n++;
                        }

                        i--;
                        result.Add((byte)(value & 0xFF));
                        break;
                    }

                case 'x':
                    {
                        var value = ParseHex(body, i + 1, 2);
                        if (value < 0)
                        {
                            throw fail($"(value error) invalid \\x escape at position {start}", start);
                        }

                        result.Add((byte)value);
                        i += 2;
                        break;
                    }

                default:
                    result.Add((byte)'\\');
                    result.Add((byte)e);
                    break;
            }
        }

        return [.. result];
    }

    private static int ParseHex(string s, int start, int count)
    {
        if (start + count > s.Length)
        {
            return -1;
        }

        var span = s.AsSpan(start, count);
        foreach (var ch in span)
        {
            if (!char.IsAsciiHexDigit(ch))
            {
                return -1;
            }
        }

        return (int)uint.Parse(span, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture) is var v && v >= 0 ? v : int.MaxValue;
    }

    private static void AppendCodePoint(CodePointBuilder sb, int cp) => sb.AppendCodePoint(cp);

    /// <summary>Accumulates decoded text as code points; remembers whether a surrogate code point was written.</summary>
    private sealed class CodePointBuilder(int capacity)
    {
        private readonly List<int> _cps = new(capacity);
        private bool _surrogate;
        private bool _pendingHigh;

        public CodePointBuilder Append(char c)
        {
            // Source characters arrive as UTF-16 units: join a pair back into one code point.
            if (char.IsLowSurrogate(c) && _pendingHigh)
            {
                _cps[^1] = char.ConvertToUtf32((char)_cps[^1], c);
                _pendingHigh = false;
                return this;
            }

            _pendingHigh = char.IsHighSurrogate(c);
            _cps.Add(c);
            return this;
        }

        public void AppendCodePoint(int cp)
        {
            _pendingHigh = false;
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                _surrogate = true;
            }

            _cps.Add(cp);
        }

        public object Result()
        {
            if (_surrogate)
            {
                return new CodePointString([.. _cps]);
            }

            var sb = new StringBuilder(_cps.Count);
            foreach (var cp in _cps)
            {
                if (cp < 0x10000)
                {
                    sb.Append((char)cp);
                }
                else
                {
                    sb.Append(char.ConvertFromUtf32(cp));
                }
            }

            return sb.ToString();
        }
    }
}
