using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// str methods the standard library uses at import time beyond Builtins/StrMethods.cs
/// (Objects/unicodeobject.c): maketrans, translate, casefold, isprintable, isascii, istitle.
/// </summary>
public static class StrExtras
{
    public static void Install()
    {
        var t = TypeObjects.Str;
        t.Dict.TryAdd("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", MakeTrans)));
        Add(t, "translate", Translate);
        Add(t, "casefold", CaseFold);
        Add(t, "isprintable", IsPrintable);
        Add(t, "isascii", IsAscii);
        Add(t, "istitle", IsTitle);
    }

    private static void Add(PyType t, string name, NativeFunction body)
    {
        if (!t.Dict.ContainsKey(name))
        {
            Def.Method(t, name, body);
        }
    }

    private static string S(PyObject o) => ((PyStr)o).Value;

    /// <summary>unicode_maketrans_impl: a dict from ordinals to ordinals, strings or None.</summary>
    private static PyObject MakeTrans(PyObject[] a, PyDict? k)
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
                if (d.KeyAt(i) is not { } key || d.ValueAt(i) is not { } value)
                {
                    continue;
                }
                if (key is PyStr ks)
                {
                    if (ks.Value.Length != 1)
                    {
                        throw Errors.ValueError("string keys in translate table must be of length 1");
                    }
                    result.Set(PyInt.From(ks.Value[0]), value);
                }
                else if (Ops.IsInt(key))
                {
                    result.Set(key, value);
                }
                else
                {
                    throw Errors.TypeError("keys in translate table must be strings or integers");
                }
            }
            return result;
        }
        var x = S(a[0]);
        var y = S(a[1]);
        if (x.Length != y.Length)
        {
            throw Errors.ValueError("the first two maketrans arguments must have equal length");
        }
        for (var i = 0; i < x.Length; i++)
        {
            result.Set(PyInt.From(x[i]), PyInt.From(y[i]));
        }
        if (a.Length > 2)
        {
            foreach (var c in S(a[2]))
            {
                result.Set(PyInt.From(c), PyNone.Instance);
            }
        }
        return result;
    }

    /// <summary>str.translate(table): table[ord(c)] maps to a str, an ordinal or None (delete); LookupError keeps c.</summary>
    private static PyObject Translate(PyObject[] a, PyDict? k)
    {
        var s = S(a[0]);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            PyObject mapped;
            try
            {
                mapped = Ops.GetItem(a[1], PyInt.From(c));
            }
            catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.LookupError))
            {
                sb.Append(c);
                continue;
            }
            switch (mapped)
            {
                case PyNone:
                    break;
                case PyStr ms:
                    sb.Append(ms.Value);
                    break;
                default:
                    var code = Ops.IndexValue(mapped);
                    if (code is < 0 or > 0x10FFFF)
                    {
                        throw Errors.ValueError("character mapping must be in range(0x110000)");
                    }
                    sb.Append(char.ConvertFromUtf32((int)code));
                    break;
            }
        }
        return PyStr.From(sb.ToString());
    }

    private static PyObject CaseFold(PyObject[] a, PyDict? k) => PyStr.From(S(a[0]).ToLowerInvariant().Replace("ß", "ss"));

    private static PyObject IsPrintable(PyObject[] a, PyDict? k)
    {
        foreach (var c in S(a[0]))
        {
            var cat = char.GetUnicodeCategory(c);
            if (c != ' ' && (cat is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.SpaceSeparator))
            {
                return PyBool.False;
            }
        }
        return PyBool.True;
    }

    private static PyObject IsAscii(PyObject[] a, PyDict? k)
    {
        foreach (var c in S(a[0]))
        {
            if (c > 0x7F)
            {
                return PyBool.False;
            }
        }
        return PyBool.True;
    }

    /// <summary>unicode_istitle_impl: uppercase/titlecase only after uncased characters, lowercase only after cased ones.</summary>
    private static PyObject IsTitle(PyObject[] a, PyDict? k)
    {
        var cased = false;
        var previousCased = false;
        foreach (var c in S(a[0]))
        {
            if (char.IsUpper(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter)
            {
                if (previousCased)
                {
                    return PyBool.False;
                }
                previousCased = true;
                cased = true;
            }
            else if (char.IsLower(c))
            {
                if (!previousCased)
                {
                    return PyBool.False;
                }
                previousCased = true;
                cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return PyBool.From(cased);
    }
}
