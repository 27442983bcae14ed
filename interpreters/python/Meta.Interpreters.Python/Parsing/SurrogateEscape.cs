using System.Text;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>
/// CPython's tokenizer works on UTF-8 bytes and decodes only what it needs: bad bytes inside a
/// comment pass unnoticed, bad bytes inside a token are a "(unicode error)". To keep that, UTF-8
/// sources are decoded with Python's "surrogateescape" scheme (an undecodable byte b becomes the
/// lone surrogate U+DC00+b), and the tokenizer and string decoder report escaped bytes where they
/// meet them, with the message CPython's UTF-8 codec gives for the token's bytes.
/// </summary>
internal static class SurrogateEscape
{
    /// <summary>UTF-8 with Python's surrogateescape error handler.</summary>
    public static string DecodeUtf8(byte[] bytes, int offset)
    {
        var sb = new StringBuilder(bytes.Length - offset);
        for (var p = offset; p < bytes.Length;)
        {
            var b = bytes[p];
            if (b < 0x80)
            {
                sb.Append((char)b);
                p++;
                continue;
            }

            var (need, _) = Check(bytes, p);
            if (need < 0)
            {
                sb.Append((char)(0xDC00 + b));
                p++;
                continue;
            }

            sb.Append(Encoding.UTF8.GetString(bytes, p, need + 1));
            p += need + 1;
        }

        return sb.ToString();
    }

    /// <summary>
    /// Length-1 of the valid UTF-8 sequence at <paramref name="p"/>, or -1 with CPython's reason and
    /// the number of bytes the reason covers.
    /// </summary>
    private static (int Need, (string Reason, int Span)? Error) Check(IReadOnlyList<byte> bytes, int p)
    {
        var b = bytes[p];
        var (need, lo, hi) = b switch
        {
            < 0x80 => (0, 0, 0),
            >= 0xC2 and <= 0xDF => (1, 0x80, 0xBF),
            0xE0 => (2, 0xA0, 0xBF),
            0xED => (2, 0x80, 0x9F),
            >= 0xE1 and <= 0xEF => (2, 0x80, 0xBF),
            0xF0 => (3, 0x90, 0xBF),
            >= 0xF1 and <= 0xF3 => (3, 0x80, 0xBF),
            0xF4 => (3, 0x80, 0x8F),
            _ => (-1, 0, 0),
        };
        if (need < 0)
        {
            return (-1, ("invalid start byte", 1));
        }

        for (var k = 1; k <= need; k++)
        {
            if (p + k >= bytes.Count)
            {
                return (-1, ("unexpected end of data", k));
            }

            var c = bytes[p + k];
            var (min, max) = k == 1 ? (lo, hi) : (0x80, 0xBF);
            if (c < min || c > max)
            {
                return (-1, ("invalid continuation byte", k));
            }
        }

        return (need, null);
    }

    /// <summary>A lone surrogate U+DC80..U+DCFF (not the second half of a pair) stands for an undecodable byte.</summary>
    public static bool IsEscapedByteAt(string s, int i) =>
        s[i] is >= '\uDC80' and <= '\uDCFF' && !(i > 0 && char.IsHighSurrogate(s[i - 1]));

    /// <summary>
    /// The message of CPython's UTF-8 decoder for the bytes <paramref name="text"/> came from
    /// (escaped bytes restored), e.g. "(unicode error) 'utf-8' codec can't decode byte 0xff in
    /// position 1: invalid start byte"; null when they are valid UTF-8.
    /// </summary>
    public static string? DecodeError(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uDC80', '\uDCFF') < 0)
        {
            return null;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsEscapedByteAt(text, i))
            {
                bytes.Add((byte)(c - 0xDC00));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, 2)));
                i++;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        for (var p = 0; p < bytes.Count;)
        {
            var (need, error) = Check(bytes, p);
            if (error is var (reason, span))
            {
                return span == 1
                    ? $"(unicode error) 'utf-8' codec can't decode byte 0x{bytes[p]:x2} in position {p}: {reason}"
                    : $"(unicode error) 'utf-8' codec can't decode bytes in position {p}-{p + span - 1}: {reason}";
            }

            p += need + 1;
        }

        return null;
    }
}
