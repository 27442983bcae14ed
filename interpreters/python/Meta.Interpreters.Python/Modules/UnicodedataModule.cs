using System.Globalization;
using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;
using Meta.Interpreters.Python.Text;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// unicodedata (Modules/unicodedata.c) over Python 3.11's Unicode 14.0 tables (Text/UnicodeProps,
/// Text/UnicodeData): properties, names, and the four normalization forms (canonical ordering by
/// combining class, Hangul syllables by their algorithm, composition of primary composites).
/// The Unicode 3.2 database (ucd_3_2_0, for IDNA) is not provided.
/// </summary>
public static class UnicodedataModule
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7, LCount = 19, VCount = 21, TCount = 28;
    private const int NCount = VCount * TCount, SCount = LCount * NCount;

    public static PyModule Create()
    {
        var m = new PyModule("unicodedata");
        var d = m.Dict;
        d.Set("unidata_version", PyStr.From("14.0.0"));
        Def.Function(d, "category", (a, _) => PyStr.From(UnicodeProps.Of(Char(a, "category")).Category));
        Def.Function(d, "bidirectional", (a, _) => PyStr.From(UnicodeProps.Of(Char(a, "bidirectional")).Bidirectional));
        Def.Function(d, "combining", (a, _) => PyInt.From(UnicodeProps.Of(Char(a, "combining")).Combining));
        Def.Function(d, "east_asian_width", (a, _) => PyStr.From(UnicodeProps.Of(Char(a, "east_asian_width")).EastAsianWidth));
        Def.Function(d, "mirrored", (a, _) => PyInt.From(UnicodeProps.Of(Char(a, "mirrored")).Mirrored ? 1 : 0));
        Def.Function(d, "decomposition", (a, _) => PyStr.From(UnicodeProps.Decomposition(Char(a, "decomposition"))));
        Def.Function(d, "decimal", (a, _) => NumericValue(a, "decimal", n => n.Decimal >= 0 ? PyInt.From(n.Decimal) : null, "not a decimal"));
        Def.Function(d, "digit", (a, _) => NumericValue(a, "digit", n => n.Digit >= 0 ? PyInt.From(n.Digit) : null, "not a digit"));
        Def.Function(d, "numeric", (a, _) => NumericValue(a, "numeric", n => new PyFloat(n.Value), "not a numeric character"));
        Def.Function(d, "name", (a, _) => Text.UnicodeData.Name(Char(a, "name")) is { } name ? PyStr.From(name)
            : a.Length > 1 ? a[1] : throw Errors.ValueError("no such name"));
        Def.Function(d, "lookup", Lookup);
        Def.Function(d, "normalize", (a, _) => Normalize(a, check: false));
        Def.Function(d, "is_normalized", (a, _) => Normalize(a, check: true));
        return m;
    }

    private static int Char(PyObject[] a, string function)
    {
        if (a.Length == 0)
        {
            throw Errors.TypeError($"{function}() takes at least 1 argument (0 given)");
        }
        if (a[0] is not PyStr s)
        {
            throw Errors.TypeError($"{function}() argument must be a unicode character, not {a[0].Type.Name}");
        }
        if (s.Length != 1)
        {
            throw Errors.TypeError($"{function}() argument must be a unicode character, not str");
        }
        // A lone surrogate is a character of its own.
        return s.Value.Length == 1 ? s.Value[0] : char.ConvertToUtf32(s.Value, 0);
    }

    private static PyObject NumericValue(PyObject[] a, string function, Func<UnicodeProps.Numeric, PyObject?> select, string missing)
    {
        var cp = Char(a, function);
        if (UnicodeProps.NumericOf(cp) is { } n && select(n) is { } value)
        {
            return value;
        }
        return a.Length > 1 ? a[1] : throw Errors.ValueError(missing);
    }

    private static PyObject Lookup(PyObject[] a, PyDict? k)
    {
        var name = a.Length == 1 && a[0] is PyStr s ? s.Value : throw Errors.TypeError("lookup() argument must be str");
        var cp = Text.UnicodeData.Lookup(name);
        return cp >= 0 ? PyStr.From(char.ConvertFromUtf32(cp)) : throw Errors.KeyError(PyStr.From($"undefined character name '{name}'"));
    }

    private static PyObject Normalize(PyObject[] a, bool check)
    {
        var function = check ? "is_normalized" : "normalize";
        if (a.Length != 2)
        {
            throw Errors.TypeError($"{function} expected 2 arguments, got {a.Length}");
        }
        var form = a[0] is PyStr f ? f.Value : throw Errors.TypeError($"{function}() argument 1 must be str, not {a[0].Type.Name}");
        var text = a[1] is PyStr t ? t.Value : throw Errors.TypeError($"{function}() argument 2 must be str, not {a[1].Type.Name}");
        var (compat, compose) = form switch
        {
            "NFC" => (false, true),
            "NFKC" => (true, true),
            "NFD" => (false, false),
            "NFKD" => (true, false),
            _ => throw Errors.ValueError("invalid normalization form"),
        };
        var codePoints = Decompose(text, compat);
        if (compose)
        {
            codePoints = Compose(codePoints);
        }
        var sb = new StringBuilder(codePoints.Count);
        foreach (var cp in codePoints)
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
        var result = sb.ToString();
        return check ? PyBool.From(result == text) : result == text ? a[1] : PyStr.From(result);
    }

    /// <summary>Full (recursive) canonical or compatibility decomposition, then canonical ordering.</summary>
    private static List<int> Decompose(string text, bool compat)
    {
        var result = new List<int>(text.Length);
        foreach (var r in text.EnumerateRunes())
        {
            DecomposeInto(r.Value, compat, result);
        }
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (var i = 1; i < result.Count; i++)
        {
            var cc = Combining(result[i]);
            if (cc == 0)
            {
                continue;
            }
            for (var j = i; j > 0 && Combining(result[j - 1]) > cc; j--)
            {
                (result[j - 1], result[j]) = (result[j], result[j - 1]);
            }
        }
        return result;
    }

    private static int Combining(int cp) => cp < 0x300 ? 0 : UnicodeProps.Of(cp).Combining;

    private static void DecomposeInto(int cp, bool compat, List<int> result)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            result.Add(LBase + (s / NCount));
            result.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                result.Add(TBase + (s % TCount));
            }
            return;
        }
        var decomposition = cp < 0xA0 ? "" : UnicodeProps.Decomposition(cp);
        if (decomposition.Length == 0 || (decomposition[0] == '<' && !compat))
        {
            result.Add(cp);
            return;
        }
        foreach (var part in decomposition.Split(' '))
        {
            if (part[0] != '<')
            {
                DecomposeInto(int.Parse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), compat, result);
            }
        }
    }

    /// <summary>
    /// Canonical composition: a character joins the last starter when nothing lies between them, or
    /// when the character before it is a non-starter of a lower combining class (canonical order
    /// makes that the only possible blocker).
    /// </summary>
    private static List<int> Compose(List<int> cps)
    {
        var result = new List<int>(cps.Count);
        var starter = -1;
        var lastClass = 0;
        foreach (var cp in cps)
        {
            var cc = Combining(cp);
            if (starter >= 0 && (result.Count - 1 == starter || (lastClass != 0 && lastClass < cc)))
            {
                var composed = ComposePair(result[starter], cp);
                if (composed >= 0)
                {
                    result[starter] = composed;
                    continue;
                }
            }
            if (cc == 0)
            {
                starter = result.Count;
            }
            lastClass = cc;
            result.Add(cp);
        }
        return result;
    }

    private static int ComposePair(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }
        return Text.UnicodeData.Compose(first, second);
    }
}
