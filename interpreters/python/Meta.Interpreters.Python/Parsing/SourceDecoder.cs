using System.Text;
using System.Text.RegularExpressions;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>
/// Turns source bytes into text the way CPython's tokenizer does: a UTF-8 BOM, else a PEP 263
/// coding declaration on line 1 or 2, else UTF-8.
/// </summary>
public static partial class SourceDecoder
{
    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex CodingCookie();

    static SourceDecoder()
    {
        // Legacy code pages (cp1252, koi8-r, ...) that coding declarations may name.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(byte[] bytes, string fileName)
    {
        var offset = 0;
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
        {
            offset = 3;
        }

        var encodingName = FindCookie(bytes, offset);
        if (bom && encodingName is not null && !IsCanonicalUtf8(encodingName))
        {
            // CPython accepts a declaration next to a BOM only if it normalizes to exactly "utf-8".
            throw new PythonSyntaxError($"encoding problem: {encodingName} with BOM", fileName, 0, -1, 0, -1, null);
        }

        Encoding encoding;
        if (encodingName is null || IsUtf8(encodingName))
        {
            encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
        }
        else
        {

            encoding = Lookup(encodingName) ?? throw new PythonSyntaxError($"unknown encoding: {encodingName}", fileName, 0, -1, 0, -1, null);
        }

        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var pos = e.Index + offset;
            var b = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : (byte)0;
            var line = 1;
            for (var i = 0; i < pos && i < bytes.Length; i++)
            {
                if (bytes[i] == '\n')
                {
                    line++;
                }
            }

            throw new PythonSyntaxError($"(unicode error) 'utf-8' codec can't decode byte 0x{b:x2} in position {pos}: invalid start byte", fileName, line, 1, line, 1, null);
        }
    }

    private static string? FindCookie(byte[] bytes, int offset)
    {
        var pos = offset;
        for (var lineNo = 0; lineNo < 2 && pos < bytes.Length; lineNo++)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', pos);
            if (end < 0)
            {
                end = bytes.Length;
            }

            var line = Encoding.Latin1.GetString(bytes, pos, end - pos);
            var m = CodingCookie().Match(line);
            if (m.Success)
            {
                return m.Groups[1].Value;
            }

            // Only a blank or comment-only first line lets the second line carry the declaration.
            var trimmed = line.TrimStart(' ', '\t', '\f', '\r');
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                return null;
            }

            pos = end + 1;
        }

        return null;
    }

    private static bool IsCanonicalUtf8(string name)
    {
        var n = name.ToLowerInvariant().Replace('_', '-');
        return n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal);
    }

    private static bool IsUtf8(string name)
    {
        var n = name.ToLowerInvariant().Replace('_', '-');
        return n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal) || n == "utf8";
    }

    private static Encoding? Lookup(string name)
    {
        var n = name.ToLowerInvariant().Replace('_', '-');
        if (n is "latin-1" or "iso-8859-1" or "iso-latin-1" or "latin1" or "l1"
            || n.StartsWith("latin-1-", StringComparison.Ordinal) || n.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || n.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return Encoding.Latin1;
        }

        if (n is "ascii" or "us-ascii")
        {
            return Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }

        try
        {
            return Encoding.GetEncoding(n, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            // Encoding.GetEncoding signals an unknown name only by throwing; the caller reports it.
            return null;
        }
    }
}
