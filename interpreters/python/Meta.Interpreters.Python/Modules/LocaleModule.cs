using System.Runtime.InteropServices;
using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _locale (Modules/_localemodule.c) over the C library (glibc on Linux x86-64): setlocale,
/// localeconv, nl_langinfo with glibc's item numbers, strcoll/strxfrm through the wide-character
/// functions, getencoding and the gettext family. As CPython does at startup, LC_CTYPE is taken
/// from the environment when the module is first created.
/// </summary>
public static class LocaleModule
{
    public static readonly PyType Error = new("Error", [TypeObjects.Exception], module: "locale");

    private const int CharMax = 127;

    private static class Libc
    {
        [DllImport("libc")]
        public static extern IntPtr setlocale(int category, byte[]? locale);

        [DllImport("libc")]
        public static extern IntPtr localeconv();

        [DllImport("libc")]
        public static extern IntPtr nl_langinfo(int item);

        [DllImport("libc")]
        public static extern int wcscoll(int[] a, int[] b);

        [DllImport("libc")]
        public static extern nuint wcsxfrm(int[]? dest, int[] src, nuint n);

        [DllImport("libc")]
        public static extern IntPtr gettext(byte[] message);

        [DllImport("libc")]
        public static extern IntPtr dgettext(byte[]? domain, byte[] message);

        [DllImport("libc")]
        public static extern IntPtr dcgettext(byte[]? domain, byte[] message, int category);

        [DllImport("libc")]
        public static extern IntPtr textdomain(byte[]? domain);

        [DllImport("libc")]
        public static extern IntPtr bindtextdomain(byte[] domain, byte[]? directory);

        [DllImport("libc")]
        public static extern IntPtr bind_textdomain_codeset(byte[] domain, byte[]? codeset);
    }

    /// <summary>The nl_langinfo items CPython offers, with glibc's values.</summary>
    private static readonly (string Name, int Value)[] LangInfo =
    [
        ("CODESET", 14), ("D_T_FMT", 131112), ("D_FMT", 131113), ("T_FMT", 131114), ("T_FMT_AMPM", 131115), ("AM_STR", 131110),
        ("PM_STR", 131111), ("DAY_1", 131079), ("DAY_2", 131080), ("DAY_3", 131081), ("DAY_4", 131082), ("DAY_5", 131083),
        ("DAY_6", 131084), ("DAY_7", 131085), ("ABDAY_1", 131072), ("ABDAY_2", 131073), ("ABDAY_3", 131074), ("ABDAY_4", 131075),
        ("ABDAY_5", 131076), ("ABDAY_6", 131077), ("ABDAY_7", 131078), ("MON_1", 131098), ("MON_2", 131099), ("MON_3", 131100),
        ("MON_4", 131101), ("MON_5", 131102), ("MON_6", 131103), ("MON_7", 131104), ("MON_8", 131105), ("MON_9", 131106),
        ("MON_10", 131107), ("MON_11", 131108), ("MON_12", 131109), ("ABMON_1", 131086), ("ABMON_2", 131087), ("ABMON_3", 131088),
        ("ABMON_4", 131089), ("ABMON_5", 131090), ("ABMON_6", 131091), ("ABMON_7", 131092), ("ABMON_8", 131093), ("ABMON_9", 131094),
        ("ABMON_10", 131095), ("ABMON_11", 131096), ("ABMON_12", 131097), ("RADIXCHAR", 65536), ("THOUSEP", 65537), ("YESEXPR", 327680),
        ("NOEXPR", 327681), ("CRNCYSTR", 262159), ("ERA", 131116), ("ERA_D_FMT", 131118), ("ERA_D_T_FMT", 131120), ("ERA_T_FMT", 131121),
        ("ALT_DIGITS", 131119), ("_DATE_FMT", 131180),
    ];

    public static PyModule Create()
    {
        Libc.setlocale(0, [0]);
        var m = new PyModule("_locale");
        var d = m.Dict;
        d.Set("Error", Error);
        d.Set("CHAR_MAX", PyInt.From(CharMax));
        foreach (var (name, value) in new[] { ("LC_CTYPE", 0), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4), ("LC_MESSAGES", 5), ("LC_ALL", 6) })
        {
            d.Set(name, PyInt.From(value));
        }
        foreach (var (name, value) in LangInfo)
        {
            d.Set(name, PyInt.From(value));
        }
        Def.Function(d, "setlocale", SetLocale);
        Def.Function(d, "localeconv", (_, _) => LocaleConv());
        Def.Function(d, "nl_langinfo", (a, _) => NlLangInfo((int)Ops.IndexValue(a[0])));
        Def.Function(d, "getencoding", (_, _) => PyStr.From(Text(Libc.nl_langinfo(14)) is { Length: > 0 } codeset ? codeset : "UTF-8"));
        Def.Function(d, "strcoll", (a, _) => PyInt.From(Libc.wcscoll(Wide(a[0], "strcoll"), Wide(a[1], "strcoll"))));
        Def.Function(d, "strxfrm", (a, _) => StrXfrm(Wide(a[0], "strxfrm")));
        Def.Function(d, "gettext", (a, _) => PyStr.From(Text(Libc.gettext(Bytes(a[0])!))));
        Def.Function(d, "dgettext", (a, _) => PyStr.From(Text(Libc.dgettext(Bytes(a[0]), Bytes(a[1])!))));
        Def.Function(d, "dcgettext", (a, _) => PyStr.From(Text(Libc.dcgettext(Bytes(a[0]), Bytes(a[1])!, (int)Ops.IndexValue(a[2])))));
        Def.Function(d, "textdomain", (a, _) => PyStr.From(Text(Libc.textdomain(Bytes(a[0])))));
        Def.Function(d, "bindtextdomain", (a, _) => PyStr.From(Text(Libc.bindtextdomain(Bytes(a[0])!, Bytes(a[1])))));
        Def.Function(d, "bind_textdomain_codeset", (a, _) =>
            Libc.bind_textdomain_codeset(Bytes(a[0])!, Bytes(a[1])) is var p && p == IntPtr.Zero ? PyNone.Instance : PyStr.From(Text(p)));
        return m;
    }

    /// <summary>A str argument as a NUL-terminated UTF-8 C string; None is a null pointer.</summary>
    private static byte[]? Bytes(PyObject o) => o switch
    {
        PyNone => null,
        PyStr s => [.. Encoding.UTF8.GetBytes(s.Value), 0],
        _ => throw Errors.TypeError($"argument must be str or None, not {o.Type.Name}"),
    };

    private static string Text(IntPtr p) => p == IntPtr.Zero ? "" : Marshal.PtrToStringUTF8(p) ?? "";

    /// <summary>A str as a NUL-terminated wchar_t string (UTF-32 on Linux).</summary>
    private static int[] Wide(PyObject o, string function)
    {
        if (o is not PyStr s)
        {
            throw Errors.TypeError($"{function}() argument must be str, not {o.Type.Name}");
        }
        var units = new List<int>(s.Value.Length + 1);
        foreach (var r in s.Value.EnumerateRunes())
        {
            units.Add(r.Value);
        }
        units.Add(0);
        return [.. units];
    }

    private static PyObject StrXfrm(int[] source)
    {
        var n = Libc.wcsxfrm(null, source, 0);
        var buffer = new int[(int)n + 1];
        Libc.wcsxfrm(buffer, source, n + 1);
        var sb = new StringBuilder((int)n);
        for (var i = 0; i < (int)n; i++)
        {
            sb.Append(char.ConvertFromUtf32(buffer[i]));
        }
        return PyStr.From(sb.ToString());
    }

    private static PyObject SetLocale(PyObject[] a, PyDict? k)
    {
        var category = (int)Ops.IndexValue(Def.Arg(a, k, 0, "category") ?? throw Errors.TypeError("setlocale() missing required argument 'category' (pos 1)"));
        var locale = Def.Arg(a, k, 1, "locale") ?? PyNone.Instance;
        if (locale is PyNone)
        {
            var current = Libc.setlocale(category, null);
            return current == IntPtr.Zero ? throw Errors.New(Error, "locale query failed") : PyStr.From(Text(current));
        }
        var result = Libc.setlocale(category, Bytes(locale));
        return result == IntPtr.Zero ? throw Errors.New(Error, "unsupported locale setting") : PyStr.From(Text(result));
    }

    /// <summary>copy_grouping: the group sizes up to and including the terminating 0 or CHAR_MAX; an empty string is no grouping.</summary>
    private static PyObject Grouping(IntPtr p)
    {
        var list = new PyList();
        if (p == IntPtr.Zero || Marshal.ReadByte(p) == 0)
        {
            return list;
        }
        for (var i = 0; ; i++)
        {
            var v = (sbyte)Marshal.ReadByte(p, i);
            list.Append(PyInt.From(v));
            if (v == 0 || v == CharMax)
            {
                return list;
            }
        }
    }

    /// <summary>localeconv from glibc's struct lconv: ten char* fields, then the one-byte numeric fields.</summary>
    private static PyObject LocaleConv()
    {
        var lc = Libc.localeconv();
        IntPtr Field(int i) => Marshal.ReadIntPtr(lc, i * IntPtr.Size);
        PyObject Byte(int i) => PyInt.From((sbyte)Marshal.ReadByte(lc, (10 * IntPtr.Size) + i));
        var d = new PyDict();
        d.Set("int_curr_symbol", PyStr.From(Text(Field(3))));
        d.Set("currency_symbol", PyStr.From(Text(Field(4))));
        d.Set("mon_decimal_point", PyStr.From(Text(Field(5))));
        d.Set("mon_thousands_sep", PyStr.From(Text(Field(6))));
        d.Set("mon_grouping", Grouping(Field(7)));
        d.Set("positive_sign", PyStr.From(Text(Field(8))));
        d.Set("negative_sign", PyStr.From(Text(Field(9))));
        var names = new[] { "int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn" };
        for (var i = 0; i < names.Length; i++)
        {
            d.Set(names[i], Byte(i));
        }
        d.Set("decimal_point", PyStr.From(Text(Field(0))));
        d.Set("thousands_sep", PyStr.From(Text(Field(1))));
        d.Set("grouping", Grouping(Field(2)));
        return d;
    }

    private static PyObject NlLangInfo(int item)
    {
        foreach (var (_, value) in LangInfo)
        {
            if (value == item)
            {
                return PyStr.From(Text(Libc.nl_langinfo(item)));
            }
        }
        throw Errors.ValueError("unsupported langinfo constant");
    }
}
