namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// Python str semantics over UTF-16 text: a str is a sequence of code points, so a character
/// outside the BMP (a surrogate pair in .NET) counts as one (len('😀') == 1); an unpaired
/// surrogate counts as one too. Text without surrogates, the common case, takes the UTF-16
/// fast paths of the callers.
/// </summary>
public static class CodePoints
{
    public static bool HasSurrogates(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    private static bool PairAt(string s, int i) =>
        i + 1 < s.Length && char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]);

    /// <summary>The number of code points.</summary>
    public static int Count(string s)
    {
        var n = s.Length;
        for (var i = 0; i < s.Length - 1; i++)
        {
            if (PairAt(s, i))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary>The UTF-16 offset of code point <paramref name="index"/> (the length for index == count).</summary>
    public static int ToUtf16(string s, long index)
    {
        var i = 0;
        for (long cp = 0; cp < index && i < s.Length; cp++)
        {
            i += PairAt(s, i) ? 2 : 1;
        }
        return i;
    }

    /// <summary>The code point index of UTF-16 offset <paramref name="offset"/>.</summary>
    public static int ToCodePoint(string s, int offset)
    {
        var cp = 0;
        for (var i = 0; i < offset; i++)
        {
            if (PairAt(s, i))
            {
                i++;
            }
            cp++;
        }
        return cp;
    }

    /// <summary>The code points, each a string of one or two UTF-16 units.</summary>
    public static string[] Split(string s)
    {
        var result = new string[Count(s)];
        var i = 0;
        for (var k = 0; k < result.Length; k++)
        {
            var width = PairAt(s, i) ? 2 : 1;
            result[k] = s.Substring(i, width);
            i += width;
        }
        return result;
    }

    /// <summary>Ordinal comparison by code point (UTF-16 order differs once surrogates meet U+E000..U+FFFF).</summary>
    public static int Compare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = PairAt(a, i) ? char.ConvertToUtf32(a[i], a[i + 1]) : a[i];
            var y = PairAt(b, j) ? char.ConvertToUtf32(b[j], b[j + 1]) : b[j];
            if (x != y)
            {
                return x < y ? -1 : 1;
            }
            i += x > 0xFFFF ? 2 : 1;
            j += y > 0xFFFF ? 2 : 1;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }
}
