using System.Globalization;
using System.Text;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>
/// The str methods that depend on Unicode properties of each code point (not of each UTF-16
/// unit): classification (isdecimal, isdigit, isnumeric, isalpha, isalnum, isupper, islower,
/// istitle, isprintable, isascii, isidentifier), full case mappings where one character becomes
/// several (upper/casefold of 'ß'), and translate/maketrans (Objects/unicodeobject.c,
/// Objects/unicodectype.c).
/// </summary>
public static class StrUnicodeMethods
{
    private static string S(PyObject o) => ((PyStr)o).Value;

    public static void Register()
    {
        var t = TypeObjects.Str;
        Def.Method(t, "isdecimal", (a, _) => PyBool.From(All(S(a[0]), r => Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber)));
        Def.Method(t, "isdigit", (a, _) => PyBool.From(All(S(a[0]), IsDigit)));
        Def.Method(t, "isnumeric", (a, _) => PyBool.From(All(S(a[0]), IsNumeric)));
        Def.Method(t, "isalpha", (a, _) => PyBool.From(All(S(a[0]), Rune.IsLetter)));
        Def.Method(t, "isalnum", (a, _) => PyBool.From(All(S(a[0]), r => Rune.IsLetter(r) || IsNumeric(r))));
        Def.Method(t, "isspace", (a, _) => PyBool.From(All(S(a[0]), Rune.IsWhiteSpace)));
        Def.Method(t, "isascii", (a, _) => PyBool.From(Ascii.IsValid(S(a[0]))));
        Def.Method(t, "isprintable", (a, _) => PyBool.From(S(a[0]).Length == 0 || All(S(a[0]), r => Text.UnicodeData.IsPrintable(r.Value))));
        Def.Method(t, "isupper", (a, _) => PyBool.From(Cased(S(a[0]), upper: true)));
        Def.Method(t, "islower", (a, _) => PyBool.From(Cased(S(a[0]), upper: false)));
        Def.Method(t, "istitle", (a, _) => PyBool.From(IsTitle(S(a[0]))));
        Def.Method(t, "isidentifier", (a, _) => PyBool.From(IsIdentifier(S(a[0]))));
        Def.Method(t, "upper", (a, _) => PyStr.From(Upper(S(a[0]))));
        Def.Method(t, "casefold", (a, _) => PyStr.From(CaseFold(S(a[0]))));
        Def.Method(t, "swapcase", (a, _) => PyStr.From(SwapCase(S(a[0]))));
        Def.Method(t, "translate", (a, _) => PyStr.From(Translate(S(a[0]), a[1])));
        t.Dict["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, _) => MakeTrans(a)));
    }

    private static bool All(string s, Func<Rune, bool> test)
    {
        if (s.Length == 0)
        {
            return false;
        }
        foreach (var r in s.EnumerateRunes())
        {
            if (!test(r))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Digit: a decimal digit or a character with a digit value (superscripts, circled digits).</summary>
    private static bool IsDigit(Rune r) =>
        Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber || (r.IsBmp && CharUnicodeInfo.GetDigitValue((char)r.Value) >= 0);

    /// <summary>Numeric: any character with a numeric value (fractions, Roman numerals, CJK numerals).</summary>
    private static bool IsNumeric(Rune r) => Rune.GetNumericValue(r) != -1;

    private static bool IsCased(Rune r) => Rune.IsUpper(r) || Rune.IsLower(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter;

    /// <summary>isupper/islower: at least one cased character, and none of the other case.</summary>
    private static bool Cased(string s, bool upper)
    {
        var any = false;
        foreach (var r in s.EnumerateRunes())
        {
            if (upper ? Rune.IsLower(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter : Rune.IsUpper(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter)
            {
                return false;
            }
            any |= IsCased(r);
        }
        return any;
    }

    /// <summary>istitle: uppercase characters only after uncased ones, lowercase only after cased ones.</summary>
    private static bool IsTitle(string s)
    {
        var any = false;
        var previousCased = false;
        foreach (var r in s.EnumerateRunes())
        {
            if (Rune.IsUpper(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter)
            {
                if (previousCased)
                {
                    return false;
                }
                previousCased = true;
                any = true;
            }
            else if (Rune.IsLower(r))
            {
                if (!previousCased)
                {
                    return false;
                }
                previousCased = true;
                any = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return any;
    }

    /// <summary>An identifier: XID_Start or '_' first, then XID_Continue (approximated by letter, digit, mark, connector categories).</summary>
    private static bool IsIdentifier(string s)
    {
        var first = true;
        foreach (var r in s.EnumerateRunes())
        {
            var c = Rune.GetUnicodeCategory(r);
            var start = Rune.IsLetter(r) || c == UnicodeCategory.LetterNumber || r.Value == '_';
            var rest = start || c is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
            if (first ? !start : !rest)
            {
                return false;
            }
            first = false;
        }
        return !first;
    }

    /// <summary>The full uppercase mapping of SpecialCasing.txt for the characters that expand (ß → SS, ligatures).</summary>
    private static string? UpperExpansion(Rune r) => r.Value switch
    {
        0xDF => "SS",
        0x149 => "\u02BCN",
        0xFB00 => "FF",
        0xFB01 => "FI",
        0xFB02 => "FL",
        0xFB03 => "FFI",
        0xFB04 => "FFL",
        0xFB05 or 0xFB06 => "ST",
        _ => null,
    };

    private static string Upper(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            AppendUpper(sb, r);
        }
        return sb.ToString();
    }

    private static void AppendUpper(StringBuilder sb, Rune r)
    {
        if (UpperExpansion(r) is { } expanded)
        {
            sb.Append(expanded);
        }
        else
        {
            sb.Append(Rune.ToUpperInvariant(r).ToString());
        }
    }

    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            if (Rune.IsUpper(r))
            {
                sb.Append(Rune.ToLowerInvariant(r).ToString());
            }
            else if (Rune.IsLower(r))
            {
                AppendUpper(sb, r);
            }
            else
            {
                sb.Append(r.ToString());
            }
        }
        return sb.ToString();
    }

    /// <summary>casefold: lowercase plus the full folds of CaseFolding.txt that lower() does not do (ß → ss, ς → σ, ſ → s, ligatures).</summary>
    private static string CaseFold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            if (UpperExpansion(r) is { } expanded)
            {
                sb.Append(expanded.ToLowerInvariant());
                continue;
            }
            sb.Append(r.Value switch
            {
                0x3C2 => "\u03C3",
                0x17F => "s",
                0xB5 => "\u03BC",
                _ => Rune.ToLowerInvariant(r).ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>str.translate: each code point looked up in the table; LookupError keeps it, None deletes it.</summary>
    private static string Translate(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            PyObject? mapped;
            if (table is PyDict d)
            {
                mapped = d.Get(PyInt.From(r.Value));
            }
            else
            {
                try
                {
                    mapped = Ops.GetItem(table, PyInt.From(r.Value));
                }
                catch (PyError e)
                {
                    if (!e.Value.Type.IsSubtypeOf(TypeObjects.LookupError))
                    {
                        throw;
                    }
                    mapped = null;
                }
            }
            switch (mapped)
            {
                case null:
                    sb.Append(r.ToString());
                    break;
                case PyNone:
                    break;
                case PyStr str:
                    sb.Append(str.Value);
                    break;
                case PyInt or PyLong:
                    sb.Append(Rune.IsValid((int)Ops.IndexValue(mapped)) ? new Rune((int)Ops.IndexValue(mapped)).ToString() : throw Errors.ValueError("character mapping must be in range(0x110000)"));
                    break;
                default:
                    throw Errors.TypeError("character mapping must return integer, None or str");
            }
        }
        return sb.ToString();
    }

    /// <summary>str.maketrans(dict) or str.maketrans(from, to[, delete]): a dict from code points.</summary>
    private static PyDict MakeTrans(PyObject[] a)
    {
        var result = new PyDict();
        if (a.Length == 1)
        {
            if (a[0] is not PyDict d)
            {
                throw Errors.TypeError("if you give only one argument to maketrans it must be a dict");
            }
            for (var i = 0; i < d.EntryCount; i++)
            {
                if (d.KeyAt(i) is not { } key)
                {
                    continue;
                }
                if (key is PyStr ks)
                {
                    if (ks.Value.EnumerateRunes().Count() != 1)
                    {
                        throw Errors.ValueError("string keys in translate table must be of length 1");
                    }
                    key = PyInt.From(Rune.GetRuneAt(ks.Value, 0).Value);
                }
                result.Set(key, d.ValueAt(i)!);
            }
            return result;
        }
        var from = S(a[0]).EnumerateRunes().ToArray();
        var to = S(a[1]).EnumerateRunes().ToArray();
        if (from.Length != to.Length)
        {
            throw Errors.ValueError("the first two maketrans arguments must have equal length");
        }
        for (var i = 0; i < from.Length; i++)
        {
            result.Set(PyInt.From(from[i].Value), PyInt.From(to[i].Value));
        }
        if (a.Length > 2)
        {
            foreach (var r in S(a[2]).EnumerateRunes())
            {
                result.Set(PyInt.From(r.Value), PyNone.Instance);
            }
        }
        return result;
    }
}
