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
            throw new PythonSyntaxError($"encoding problem: {NormalName(encodingName)} with BOM", fileName, 0, -1, 0, -1, null);
        }

        Encoding encoding;
        if (encodingName is null || IsUtf8(encodingName))
        {
            // Bad bytes are kept (escaped) for the tokenizer to judge, as CPython decodes per token.
            return SurrogateEscape.DecodeUtf8(bytes, offset);
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

            var codec = encodingName is null || IsUtf8(encodingName) ? "utf-8" : encodingName;
            throw new PythonSyntaxError($"(unicode error) '{codec}' codec can't decode byte 0x{b:x2} in position {pos}: invalid start byte", fileName, line, 1, line, 1, null);
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

    /// <summary>CPython's get_normal_name: the spellings of utf-8 and latin-1 it recognizes, else the name as written.</summary>
    private static string NormalName(string name)
    {
        var n = name.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return "utf-8";
        }

        foreach (var latin in (ReadOnlySpan<string>)["latin-1", "iso-8859-1", "iso-latin-1"])
        {
            if (n == latin || n.StartsWith(latin + "-", StringComparison.Ordinal))
            {
                return "iso-8859-1";
            }
        }

        return name;
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

    /// <summary>
    /// Maps a Python codec name (any spelling <c>codecs.lookup</c> normalizes: case, '_' or '-')
    /// to a .NET encoding; null when .NET has no such encoding.
    /// </summary>
    private static Encoding? Lookup(string name)
    {
        var n = name.ToLowerInvariant().Replace('_', '-');
        if (n is "latin-1" or "iso-8859-1" or "iso-latin-1" or "latin1" or "l1" or "iso8859-1" or "8859" or "cp819"
            || n.StartsWith("latin-1-", StringComparison.Ordinal) || n.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || n.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return Encoding.Latin1;
        }

        if (n is "utf-7" or "utf7" or "u7" or "unicode-1-1-utf-7")
        {
            return new Utf7Decoding();
        }

        // Python spellings that .NET knows under another name.
        n = n switch
        {
            "ascii" or "us-ascii" or "646" => "us-ascii",
            "cp65001" => "utf-8",
            "mac-roman" or "macroman" or "macintosh" => "macintosh",
            "hz" or "hzgb" or "hz-gb" => "hz-gb-2312",
            "u16" or "utf16" => "utf-16",
            "u32" or "utf32" => "utf-32",
            _ when n.StartsWith("iso8859-", StringComparison.Ordinal) => "iso-8859-" + n["iso8859-".Length..],
            _ when n.StartsWith("latin", StringComparison.Ordinal) && int.TryParse(n.AsSpan(5).TrimStart('-'), out var k) => LatinToIso(k),
            _ => n,
        };

        try
        {
            return Encoding.GetEncoding(n, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            // Encoding.GetEncoding reports an unknown name only by throwing; the caller reports it.
            return null;
        }
        catch (NotSupportedException)
        {
            // Known to .NET but disabled on this runtime.
            return null;
        }
    }

    /// <summary>Python's latinN aliases name ISO 8859 parts out of order.</summary>
    private static string LatinToIso(int n) => n switch
    {
        2 => "iso-8859-2",
        3 => "iso-8859-3",
        4 => "iso-8859-4",
        5 => "iso-8859-9",
        6 => "iso-8859-10",
        7 => "iso-8859-13",
        8 => "iso-8859-14",
        9 => "iso-8859-15",
        10 => "iso-8859-16",
        _ => "latin" + n,
    };
}
