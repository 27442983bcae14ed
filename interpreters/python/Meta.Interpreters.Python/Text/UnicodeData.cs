using System.Globalization;
using System.Text;

namespace Meta.Interpreters.Python.Text;

/// <summary>
/// The parts of Python 3.11's Unicode database (Unicode 14.0) the front end needs: character names
/// and name aliases for <c>\N{...}</c>, printability for <c>repr()</c>, and NFKC for identifiers. The table is
/// generated from python3's unicodedata by tools/UnicodeData/generate.py and embedded compressed,
/// because .NET's own data is another Unicode version and NFKC is unavailable in invariant mode.
/// </summary>
public static class UnicodeData
{
    private static readonly Lazy<Tables> Data = new(Load);

    private static readonly string[] JamoInitial = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoMedial = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoFinal = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>CJK unified ideograph blocks of Unicode 14.0 (names are "CJK UNIFIED IDEOGRAPH-XXXX").</summary>
    private static readonly (int First, int Last)[] CjkRanges =
    [
        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738), (0x2B740, 0x2B81D),
        (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A),
    ];

    /// <summary>The code point named <paramref name="name"/> (case-insensitive, as unicodedata.lookup), or -1.</summary>
    public static int Lookup(string name)
    {
        var upper = name.ToUpperInvariant();
        if (Data.Value.Names.TryGetValue(upper, out var cp))
        {
            return cp;
        }

        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (upper.StartsWith(cjk, StringComparison.Ordinal) && upper.Length is 26 or 27
            && int.TryParse(upper.AsSpan(cjk.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v))
        {
            foreach (var (first, last) in CjkRanges)
            {
                if (v >= first && v <= last)
                {
                    return v;
                }
            }

            return -1;
        }

        const string hangul = "HANGUL SYLLABLE ";
        if (upper.StartsWith(hangul, StringComparison.Ordinal))
        {
            var rest = upper[hangul.Length..];
            for (var s = 0; s < 11172; s++)
            {
                if (rest == JamoInitial[s / (21 * 28)] + JamoMedial[s % (21 * 28) / 28] + JamoFinal[s % 28])
                {
                    return 0xAC00 + s;
                }
            }
        }

        return -1;
    }

    /// <summary>str.isprintable() of one code point under Unicode 14.0.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp is >= 0x20 and < 0x7F)
        {
            return true;
        }

        var ranges = Data.Value.NonPrintable;
        int lo = 0, hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (cp < ranges[mid].First)
            {
                hi = mid - 1;
            }
            else if (cp > ranges[mid].Last)
            {
                lo = mid + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>NFKC of an identifier: compatibility mapping of each code point, then canonical composition of pairs.</summary>
    public static string NormalizeNfkc(string s)
    {
        var tables = Data.Value;
        var cps = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var cp = char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
            if (tables.Nfkc.TryGetValue(cp, out var mapped))
            {
                cps.AddRange(mapped);
            }
            else
            {
                cps.Add(cp);
            }
        }

        var composed = new List<int>(cps.Count);
        foreach (var cp in cps)
        {
            if (composed.Count > 0 && tables.Compositions.TryGetValue((composed[^1], cp), out var c))
            {
                composed[^1] = c;
            }
            else
            {
                composed.Add(cp);
            }
        }

        var sb = new StringBuilder(composed.Count);
        foreach (var cp in composed)
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }

        return sb.ToString();
    }

    /// <summary>The primary composite of a canonical pair (NFC's composition step), or -1.</summary>
    public static int Compose(int first, int second) => Data.Value.Compositions.TryGetValue((first, second), out var c) ? c : -1;

    /// <summary>unicodedata.name: the character's name (not an alias; CJK ideographs and Hangul syllables by their algorithms), or null.</summary>
    public static string? Name(int cp)
    {
        if (Data.Value.CodeNames.TryGetValue(cp, out var name))
        {
            return name;
        }
        foreach (var (first, last) in CjkRanges)
        {
            if (cp >= first && cp <= last)
            {
                return $"CJK UNIFIED IDEOGRAPH-{cp:X}";
            }
        }
        if (cp is >= 0xAC00 and < 0xAC00 + 11172)
        {
            var s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JamoInitial[s / (21 * 28)] + JamoMedial[s % (21 * 28) / 28] + JamoFinal[s % 28];
        }
        return null;
    }

    private sealed record Tables(
        Dictionary<string, int> Names,
        Dictionary<int, string> CodeNames,
        (int First, int Last)[] NonPrintable,
        Dictionary<int, int[]> Nfkc,
        Dictionary<(int, int), int> Compositions);

    private static int Hex(string s) => int.Parse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static Tables Load()
    {
        var names = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        var codeNames = new Dictionary<int, string>(40000);
        var nonPrintable = new List<(int, int)>();
        var nfkc = new Dictionary<int, int[]>();
        var compositions = new Dictionary<(int, int), int>();
        foreach (var line in EmbeddedTable.Lines("UnicodeData.txt.gz"))
        {
            var body = line[2..];
            switch (line[0])
            {
                case 'N':
                case 'A':
                    {
                        var space = body.IndexOf(' ');
                        names[body[(space + 1)..]] = Hex(body[..space]);
                        if (line[0] == 'N')
                        {
                            codeNames[Hex(body[..space])] = body[(space + 1)..];
                        }
                        break;
                    }

                case 'P':
                    {
                        var parts = body.Split(' ');
                        nonPrintable.Add((Hex(parts[0]), Hex(parts[1])));
                        break;
                    }

                case 'K':
                    {
                        var parts = body.Split(' ');
                        nfkc[Hex(parts[0])] = parts.Skip(1).Select(Hex).ToArray();
                        break;
                    }

                case 'C':
                    {
                        var parts = body.Split(' ');
                        compositions[(Hex(parts[0]), Hex(parts[1]))] = Hex(parts[2]);
                        break;
                    }
            }
        }

        return new Tables(names, codeNames, [.. nonPrintable], nfkc, compositions);
    }
}
