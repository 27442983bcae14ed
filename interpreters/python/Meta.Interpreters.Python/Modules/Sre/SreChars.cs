using System.Globalization;
using System.Text;
using Meta.Interpreters.Python.Text;

namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>
/// Character predicates and case mappings of the SRE engine (Modules/_sre/sre.c: sre_category,
/// sre_lower_*, SRE_IS_*): the ASCII ones, the locale ones (the C library's ctype under a UTF-8
/// locale, which classifies only ASCII) and the Unicode ones (str's own classification).
/// </summary>
internal static class SreChars
{
    public static bool IsAsciiDigit(int ch) => ch is >= '0' and <= '9';

    public static bool IsAsciiSpace(int ch) => ch is ' ' or (>= '\t' and <= '\r');

    public static bool IsAsciiWord(int ch) => ch < 128 && (char.IsAsciiLetterOrDigit((char)ch) || ch == '_');

    public static bool IsLinebreak(int ch) => ch == '\n';

    public static bool IsUniDigit(int ch) =>
        ch < 128 ? IsAsciiDigit(ch) : Rune.IsValid(ch) && Rune.GetUnicodeCategory(new Rune(ch)) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>Py_UNICODE_ISSPACE: the bidirectional whitespace classes plus Zs (\x1c-\x1f are separators).</summary>
    public static bool IsUniSpace(int ch) => ch switch
    {
        >= 0x09 and <= 0x0D or >= 0x1C and <= 0x20 or 0x85 or 0xA0 or 0x1680 => true,
        >= 0x2000 and <= 0x200A or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };

    /// <summary>Py_UNICODE_ISALNUM plus '_': letters and anything with a numeric value.</summary>
    public static bool IsUniWord(int ch)
    {
        if (ch < 128)
        {
            return IsAsciiWord(ch);
        }
        if (!Rune.IsValid(ch))
        {
            return false;
        }
        var r = new Rune(ch);
        return Rune.IsLetter(r) || Rune.GetNumericValue(r) != -1;
    }

    /// <summary>Py_UNICODE_ISLINEBREAK.</summary>
    public static bool IsUniLinebreak(int ch) => ch is >= 0x0A and <= 0x0D or >= 0x1C and <= 0x1E or 0x85 or 0x2028 or 0x2029;

    public static int LowerAscii(int ch) => ch is >= 'A' and <= 'Z' ? ch + 32 : ch;

    public static int UpperAscii(int ch) => ch is >= 'a' and <= 'z' ? ch - 32 : ch;

    /// <summary>The C library's tolower under a UTF-8 locale: bytes above 127 are not letters.</summary>
    public static int LowerLocale(int ch) => ch < 256 ? LowerAscii(ch) : ch;

    public static int UpperLocale(int ch) => ch < 256 ? UpperAscii(ch) : ch;

    /// <summary>_PyUnicode_ToLowercase: the simple (one character) lowercase mapping of Python's Unicode version.</summary>
    public static int LowerUnicode(int ch) => ch < 128 ? LowerAscii(ch) : UnicodeCase.Lower(ch);

    public static int UpperUnicode(int ch) => ch < 128 ? UpperAscii(ch) : UnicodeCase.Upper(ch);

    public static bool IsAsciiCased(int ch) => ch < 128 && char.IsAsciiLetter((char)ch);

    public static bool IsUnicodeCased(int ch) => UnicodeCase.IsCased(ch);

    /// <summary>char_loc_ignore: a locale-insensitive literal matches itself and its two cases.</summary>
    public static bool LocaleIgnoreEquals(int pattern, int ch) => ch == pattern || LowerLocale(ch) == pattern || UpperLocale(ch) == pattern;

    /// <summary>sre_category: the CATEGORY codes of re/_constants.py in their order.</summary>
    public static bool Category(uint category, int ch) => category switch
    {
        0 => IsAsciiDigit(ch),
        1 => !IsAsciiDigit(ch),
        2 => IsAsciiSpace(ch),
        3 => !IsAsciiSpace(ch),
        4 => IsAsciiWord(ch),
        5 => !IsAsciiWord(ch),
        6 => IsLinebreak(ch),
        7 => !IsLinebreak(ch),
        8 => IsLocaleWord(ch),
        9 => !IsLocaleWord(ch),
        10 => IsUniDigit(ch),
        11 => !IsUniDigit(ch),
        12 => IsUniSpace(ch),
        13 => !IsUniSpace(ch),
        14 => IsUniWord(ch),
        15 => !IsUniWord(ch),
        16 => IsUniLinebreak(ch),
        17 => !IsUniLinebreak(ch),
        _ => false,
    };

    public static bool IsLocaleWord(int ch) => IsAsciiWord(ch);

    /// <summary>SRE(charset): is <paramref name="ch"/> in the set that starts at <paramref name="pc"/>.</summary>
    public static bool InCharset(uint[] code, int pc, int ch)
    {
        var ok = true;
        var c = (uint)ch;
        while (true)
        {
            switch (code[pc++])
            {
                case SreOp.Failure:
                    return !ok;
                case SreOp.Literal:
                    if (c == code[pc])
                    {
                        return ok;
                    }
                    pc++;
                    break;
                case SreOp.Category:
                    if (Category(code[pc], ch))
                    {
                        return ok;
                    }
                    pc++;
                    break;
                case SreOp.Charset:
                    // A 256-bit map in eight 32-bit words.
                    if (c < 256 && (code[pc + (int)(c >> 5)] & (1u << (int)(c & 31))) != 0)
                    {
                        return ok;
                    }
                    pc += 8;
                    break;
                case SreOp.Range:
                    if (code[pc] <= c && c <= code[pc + 1])
                    {
                        return ok;
                    }
                    pc += 2;
                    break;
                case SreOp.RangeUniIgnore:
                    {
                        // ch is already lower-cased; its uppercase may fall in the range too.
                        if (code[pc] <= c && c <= code[pc + 1])
                        {
                            return ok;
                        }
                        var upper = (uint)UpperUnicode(ch);
                        if (code[pc] <= upper && upper <= code[pc + 1])
                        {
                            return ok;
                        }
                        pc += 2;
                        break;
                    }
                case SreOp.Negate:
                    ok = !ok;
                    break;
                case SreOp.BigCharset:
                    {
                        // <count> <256 block indices, one byte each, packed in 64 words> <count blocks of 8 words>.
                        var count = (int)code[pc++];
                        if (c < 0x10000)
                        {
                            var word = code[pc + (int)((c >> 8) / 4)];
                            var block = (int)((word >> (int)(((c >> 8) % 4) * 8)) & 0xFF);
                            var bits = code[pc + 64 + (block * 8) + (int)((c & 255) >> 5)];
                            if ((bits & (1u << (int)(c & 31))) != 0)
                            {
                                return ok;
                            }
                        }
                        pc += 64 + (count * 8);
                        break;
                    }
                default:
                    return false;
            }
        }
    }
}
