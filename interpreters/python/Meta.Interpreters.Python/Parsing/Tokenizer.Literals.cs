namespace Meta.Interpreters.Python.Parsing;

// Names, string literal boundaries and number literal syntax.
public sealed partial class Tokenizer
{
    private void ScanNameOrString()
    {
        var start = _pos;
        while (!AtEnd && IsIdentifierCharAt(_text, _pos))
        {
            _pos += CodePointLength(_text, _pos);
        }

        if (Cur is '\'' or '"' && _pos - start <= 2 && IsStringPrefix(_text.AsSpan(start, _pos - start)))
        {
            ScanString(start, _pos);
            return;
        }

        var name = _text[start.._pos];
        if (SurrogateEscape.DecodeError(name) is { } decodeError)
        {
            var bad = start;
            while (!SurrogateEscape.IsEscapedByteAt(_text, bad))
            {
                bad++;
            }

            throw Error(decodeError, bad, bad);
        }

        Emit(TokenKind.Name, start, _pos);
    }

    /// <summary>Valid prefixes: any case of r, u, b, f, br, rb, fr, rf.</summary>
    private static bool IsStringPrefix(ReadOnlySpan<char> prefix)
    {
        var lower = prefix.ToString().ToLowerInvariant();
        return lower is "r" or "u" or "b" or "f" or "br" or "rb" or "fr" or "rf";
    }

    /// <summary>Finds the end of a string literal whose prefix starts at <paramref name="start"/> and quote at <paramref name="quotePos"/>.</summary>
    private void ScanString(int start, int quotePos)
    {
        var quote = _text[quotePos];
        var triple = At(quotePos + 1) == quote && At(quotePos + 2) == quote;
        _pos = quotePos + (triple ? 3 : 1);
        while (true)
        {
            if (AtEnd)
            {
                var kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
                throw Error($"{kind} (detected at line {_src.LineOf(Math.Max(0, _text.Length - 1))})", start, start);
            }

            var c = Cur;
            if (c == '\\')
            {
                // A backslash always protects the next character from ending the literal, raw or not.
                _pos += 2;
                if (_pos > _text.Length)
                {
                    _pos = _text.Length;
                }

                continue;
            }

            if (c == '\n' && !triple)
            {
                throw Error($"unterminated string literal (detected at line {_src.LineOf(_pos)})", start, start);
            }

            if (c == quote)
            {
                if (!triple)
                {
                    _pos++;
                    break;
                }

                if (At(_pos + 1) == quote && At(_pos + 2) == quote)
                {
                    _pos += 3;
                    break;
                }
            }

            _pos++;
        }

        Emit(TokenKind.String, start, _pos);
    }

    private void ScanNumber()
    {
        var start = _pos;
        var c = Cur;
        if (c == '0' && At(_pos + 1) is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radixChar = char.ToLowerInvariant(At(_pos + 1));
            var (radix, name) = radixChar switch
            {
                'x' => (16, "hexadecimal"),
                'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            _pos += 2;
            var digits = 0;
            while (true)
            {
                if (Cur == '_')
                {
                    _pos++;
                }

                if (!IsRadixDigit(Cur, radix))
                {
                    if (IsDigit(Cur) && radix < 10)
                    {
                        throw Error($"invalid digit '{Cur}' in {name} literal", _pos, _pos + 1);
                    }

                    if (digits == 0 || _text[_pos - 1] == '_')
                    {
                        // Reported at the last character read, as CPython's tokenizer does.
                        throw Error($"invalid {name} literal", _pos - 1, _pos);
                    }

                    break;
                }

                while (IsRadixDigit(Cur, radix))
                {
                    _pos++;
                    digits++;
                }
            }

            VerifyEndOfNumber(name);
            Emit(TokenKind.Number, start, _pos);
            return;
        }

        if (c != '.')
        {
            var leadingZero = c == '0';
            ScanDecimalDigits();
            if (leadingZero && Cur is not ('.' or 'e' or 'E' or 'j' or 'J'))
            {
                // "00" and "0_0" are fine; "01" is not (unless it turns out to be a float like 01.5).
                var text = _text[start.._pos].Replace("_", "");
                if (text.Trim('0').Length > 0)
                {
                    throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, _pos);
                }
            }
        }

        if (Cur == '.')
        {
            _pos++;
            if (IsDigit(Cur))
            {
                ScanDecimalDigits();
            }
        }

        if (Cur is 'e' or 'E')
        {
            var save = _pos;
            _pos++;
            if (Cur is '+' or '-')
            {
                _pos++;
            }

            if (!IsDigit(Cur))
            {
                // "1e" followed by a name: CPython backs up and reports the literal as invalid.
                _pos = save;
                VerifyEndOfNumber("decimal");
                Emit(TokenKind.Number, start, _pos);
                return;
            }

            ScanDecimalDigits();
        }

        if (Cur is 'j' or 'J')
        {
            _pos++;
            VerifyEndOfNumber("imaginary");
        }
        else
        {
            VerifyEndOfNumber("decimal");
        }

        Emit(TokenKind.Number, start, _pos);
    }

    private void ScanDecimalDigits()
    {
        while (true)
        {
            while (IsDigit(Cur))
            {
                _pos++;
            }

            if (Cur != '_')
            {
                return;
            }

            _pos++;
            if (!IsDigit(Cur))
            {
                throw Error("invalid decimal literal", _pos - 1, _pos);
            }
        }
    }

    private static bool IsRadixDigit(char c, int radix) => radix switch
    {
        16 => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F'),
        8 => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };

    /// <summary>
    /// A number directly followed by a name character is invalid, except before the keywords
    /// CPython 3.11 still tolerates there (with a deprecation warning): and else for if in is not or.
    /// </summary>
    private void VerifyEndOfNumber(string kind)
    {
        if (AtEnd || !IsIdentifierCharAt(_text, _pos))
        {
            return;
        }

        // CPython 3.11 checks these words exactly as follows: "and", "else", "for", "not", "or"
        // must end there ("1andy" fails), while for 'i' only the next letter is looked at
        // ("1inflate" passes as 1 followed by the name inflate).
        if (Cur == 'i')
        {
            if (At(_pos + 1) is 'f' or 'n' or 's')
            {
                return;
            }
        }
        else
        {
            foreach (var kw in (ReadOnlySpan<string>)["and", "else", "for", "not", "or"])
            {
                var after = _pos + kw.Length;
                if (string.CompareOrdinal(_text, _pos, kw, 0, kw.Length) == 0 && (after >= _text.Length || !IsIdentifierCharAt(_text, after)))
                {
                    return;
                }
            }
        }

        // CPython's offset is the index of the offending character (one column before it, 1-based).
        throw Error($"invalid {kind} literal", _pos - 1, _pos);
    }
}
