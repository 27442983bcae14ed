using System.Text;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>Methods of str (Objects/unicodeobject.c), registered on the str type.</summary>
public static class StrMethods
{
    private static string S(PyObject o) => ((PyStr)o).Value;

    private static PyStr R(string s) => PyStr.From(s);

    public static void Register()
    {
        var t = TypeObjects.Str;
        Def.Method(t, "lower", (a, _) => R(S(a[0]).ToLowerInvariant()));
        Def.Method(t, "capitalize", (a, _) => R(S(a[0]).Length == 0 ? "" : TitleCase(S(a[0])[0]) + S(a[0])[1..].ToLowerInvariant()));
        Def.Method(t, "title", (a, _) => R(Title(S(a[0]))));
        Def.Method(t, "strip", (a, _) => R(Strip(S(a[0]), a.Length > 1 ? a[1] : null, true, true)));
        Def.Method(t, "lstrip", (a, _) => R(Strip(S(a[0]), a.Length > 1 ? a[1] : null, true, false)));
        Def.Method(t, "rstrip", (a, _) => R(Strip(S(a[0]), a.Length > 1 ? a[1] : null, false, true)));
        Def.Method(t, "split", (a, k) => Split(S(a[0]), Def.Arg(a, k, 1, "sep"), Def.Arg(a, k, 2, "maxsplit")));
        Def.Method(t, "rsplit", (a, k) => RSplit(S(a[0]), Def.Arg(a, k, 1, "sep"), Def.Arg(a, k, 2, "maxsplit")));
        Def.Method(t, "splitlines", (a, k) => SplitLines(S(a[0]), Def.Arg(a, k, 1, "keepends") is { } ke && Ops.IsTrue(ke)));
        Def.Method(t, "join", (a, _) => Join(S(a[0]), a[1]));
        Def.Method(t, "replace", (a, _) => R(Replace(S(a[0]), S(a[1]), S(a[2]), a.Length > 3 ? Ops.IndexValue(a[3]) : -1)));
        Def.Method(t, "startswith", (a, _) => PyBool.From(Affix((PyStr)a[0], a, true)));
        Def.Method(t, "endswith", (a, _) => PyBool.From(Affix((PyStr)a[0], a, false)));
        Def.Method(t, "find", (a, _) => PyInt.From(Find((PyStr)a[0], S(a[1]), a, false)));
        Def.Method(t, "rfind", (a, _) => PyInt.From(Find((PyStr)a[0], S(a[1]), a, true)));
        Def.Method(t, "index", (a, _) => PyInt.From(Find((PyStr)a[0], S(a[1]), a, false) is var i && i >= 0 ? i : throw Errors.ValueError("substring not found")));
        Def.Method(t, "rindex", (a, _) => PyInt.From(Find((PyStr)a[0], S(a[1]), a, true) is var i && i >= 0 ? i : throw Errors.ValueError("substring not found")));
        Def.Method(t, "count", (a, _) => PyInt.From(Count(Region(S(a[0]), a), S(a[1]))));
        Def.Method(t, "center", (a, _) => R(Pad(S(a[0]), a, 0)));
        Def.Method(t, "ljust", (a, _) => R(Pad(S(a[0]), a, -1)));
        Def.Method(t, "rjust", (a, _) => R(Pad(S(a[0]), a, 1)));
        Def.Method(t, "zfill", (a, _) => R(ZFill(S(a[0]), (int)Ops.IndexValue(a[1]))));
        Def.Method(t, "format", (a, k) => R(StrFormat.Format(S(a[0]), a[1..], k)));
        Def.Method(t, "format_map", (a, _) => R(StrFormat.FormatMap(S(a[0]), a[1])));
        Def.Method(t, "partition", (a, _) => Partition(S(a[0]), S(a[1]), false));
        Def.Method(t, "rpartition", (a, _) => Partition(S(a[0]), S(a[1]), true));
        Def.Method(t, "encode", (a, k) => new PyBytes(BytesMethods.Encode(S(a[0]), Def.Arg(a, k, 1, "encoding") is PyStr e ? e.Value : "utf-8")));
        Def.Method(t, "removeprefix", (a, _) => R(S(a[0]).StartsWith(S(a[1]), StringComparison.Ordinal) ? S(a[0])[S(a[1]).Length..] : S(a[0])));
        Def.Method(t, "removesuffix", (a, _) => R(S(a[1]).Length > 0 && S(a[0]).EndsWith(S(a[1]), StringComparison.Ordinal) ? S(a[0])[..^S(a[1]).Length] : S(a[0])));
        Def.Method(t, "expandtabs", (a, _) => R(ExpandTabs(S(a[0]), a.Length > 1 ? (int)Ops.IndexValue(a[1]) : 8)));
        Def.Method(t, "__len__", (a, _) => PyInt.From(((PyStr)a[0]).Length));
        Def.Method(t, "__contains__", (a, _) => PyBool.From(Ops.ContainsBuiltin(a[0], a[1])));
        Def.Method(t, "__getitem__", (a, _) => Ops.GetItemBuiltin(a[0], a[1]));
    }

    private static string ExpandTabs(string s, int size)
    {
        var sb = new StringBuilder();
        var column = 0;
        foreach (var c in s)
        {
            if (c == '\t')
            {
                var n = size > 0 ? size - (column % size) : 0;
                sb.Append(' ', n);
                column += n;
            }
            else
            {
                sb.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previousCased = false;
        foreach (var c in s)
        {
            sb.Append(previousCased ? char.ToLowerInvariant(c) : TitleCase(c));
            previousCased = char.IsLetter(c);
        }
        return sb.ToString();
    }

    /// <summary>The titlecase mapping: the uppercase one except for the Latin digraphs (DŽ Dž dž → Dž, UnicodeData.txt field 14).</summary>
    private static char TitleCase(char c) => c switch
    {
        >= '\u01C4' and <= '\u01C6' => '\u01C5',
        >= '\u01C7' and <= '\u01C9' => '\u01C8',
        >= '\u01CA' and <= '\u01CC' => '\u01CB',
        >= '\u01F1' and <= '\u01F3' => '\u01F2',
        _ => char.ToUpperInvariant(c),
    };

    private static string Strip(string s, PyObject? chars, bool left, bool right)
    {
        if (chars is null or PyNone)
        {
            return left && right ? s.Trim() : left ? s.TrimStart() : s.TrimEnd();
        }
        var set = S(chars).ToCharArray();
        return left && right ? s.Trim(set) : left ? s.TrimStart(set) : s.TrimEnd(set);
    }

    private static PyList Split(string s, PyObject? sep, PyObject? maxsplit)
    {
        var max = maxsplit is null ? -1 : Ops.IndexValue(maxsplit);
        var result = new PyList();
        if (sep is null or PyNone)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && char.IsWhiteSpace(s[i]))
                {
                    i++;
                }
                if (i >= s.Length)
                {
                    break;
                }
                if (max >= 0 && result.Count >= max)
                {
                    result.Append(PyStr.From(s[i..]));
                    break;
                }
                var start = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i]))
                {
                    i++;
                }
                result.Append(PyStr.From(s[start..i]));
            }
            return result;
        }
        var sepText = S(sep);
        if (sepText.Length == 0)
        {
            throw Errors.ValueError("empty separator");
        }
        var pos = 0;
        while (true)
        {
            var idx = max >= 0 && result.Count >= max ? -1 : s.IndexOf(sepText, pos, StringComparison.Ordinal);
            if (idx < 0)
            {
                result.Append(PyStr.From(s[pos..]));
                return result;
            }
            result.Append(PyStr.From(s[pos..idx]));
            pos = idx + sepText.Length;
        }
    }

    private static PyList RSplit(string s, PyObject? sep, PyObject? maxsplit)
    {
        var max = maxsplit is null ? -1 : Ops.IndexValue(maxsplit);
        if (max < 0)
        {
            return Split(s, sep, null);
        }
        var parts = new List<PyObject>();
        if (sep is null or PyNone)
        {
            var rest = s.TrimEnd();
            while (parts.Count < max)
            {
                var idx = rest.LastIndexOfAny([' ', '\t', '\n', '\r', '\f', '\v']);
                if (idx < 0)
                {
                    break;
                }
                parts.Insert(0, PyStr.From(rest[(idx + 1)..]));
                rest = rest[..idx].TrimEnd();
            }
            if (rest.Length > 0)
            {
                parts.Insert(0, PyStr.From(rest));
            }
            return new PyList([.. parts]);
        }
        var sepText = S(sep);
        var end = s.Length;
        var text = s;
        while (parts.Count < max)
        {
            var idx = text.LastIndexOf(sepText, end - 1 < 0 ? 0 : end - 1, StringComparison.Ordinal);
            if (idx < 0 || end == 0)
            {
                break;
            }
            parts.Insert(0, PyStr.From(text[(idx + sepText.Length)..end]));
            end = idx;
        }
        parts.Insert(0, PyStr.From(text[..end]));
        return new PyList([.. parts]);
    }

    private static PyList SplitLines(string s, bool keepEnds)
    {
        var result = new PyList();
        var start = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                var eol = i;
                if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i++;
                }
                i++;
                result.Append(PyStr.From(s[start..(keepEnds ? i : eol)]));
                start = i;
            }
            else
            {
                i++;
            }
        }
        if (start < s.Length)
        {
            result.Append(PyStr.From(s[start..]));
        }
        return result;
    }

    private static PyStr Join(string sep, PyObject iterable)
    {
        var items = Conversions.ToArray(iterable);
        var sb = new StringBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(sep);
            }
            if (items[i] is not PyStr ps)
            {
                throw Errors.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            }
            sb.Append(ps.Value);
        }
        return PyStr.From(sb.ToString());
    }

    private static string Replace(string s, string old, string replacement, long count)
    {
        if (count < 0)
        {
            return old.Length == 0 ? ReplaceEmpty(s, replacement, int.MaxValue) : s.Replace(old, replacement, StringComparison.Ordinal);
        }
        if (old.Length == 0)
        {
            return ReplaceEmpty(s, replacement, count);
        }
        var sb = new StringBuilder();
        var pos = 0;
        for (var n = 0; n < count; n++)
        {
            var idx = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (idx < 0)
            {
                break;
            }
            sb.Append(s, pos, idx - pos).Append(replacement);
            pos = idx + old.Length;
        }
        return sb.Append(s, pos, s.Length - pos).ToString();
    }

    private static string ReplaceEmpty(string s, string replacement, long count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < count + 0 && i <= s.Length)
            {
                sb.Append(replacement);
            }
            if (i < s.Length)
            {
                sb.Append(s[i]);
            }
        }
        return sb.ToString();
    }

    // Offsets are applied without copying the text: startswith(word, pos) in a parser loop must stay O(len(word)).
    /// <summary>startswith/endswith within the optional start and end arguments (slice semantics), without copying the text.</summary>
    private static bool Affix(PyStr self, PyObject[] a, bool prefix)
    {
        var s = self.Value;
        var start = 0;
        var end = s.Length;
        if (a.Length > 2)
        {
            // ADJUST_INDICES of unicodeobject.c's tailmatch: a start past the end matches nothing, not even "".
            long length = self.Length;
            var cpStart = a[2] is PyNone ? 0 : Ops.IndexValue(a[2]);
            var cpEnd = a.Length > 3 && a[3] is not PyNone ? Ops.IndexValue(a[3]) : length;
            cpEnd = cpEnd > length ? length : cpEnd < 0 ? Math.Max(0, cpEnd + length) : cpEnd;
            cpStart = cpStart < 0 ? Math.Max(0, cpStart + length) : cpStart;
            if (cpStart > cpEnd)
            {
                return false;
            }
            start = self.IsBmp ? (int)cpStart : CodePoints.ToUtf16(s, cpStart);
            end = self.IsBmp ? (int)cpEnd : CodePoints.ToUtf16(s, cpEnd);
        }
        return Affix(s.AsSpan(start, end - start), a[1], prefix);
    }

    private static bool Affix(ReadOnlySpan<char> s, PyObject affix, bool prefix)
    {
        if (affix is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (Affix(s, x, prefix))
                {
                    return true;
                }
            }
            return false;
        }
        var a = affix is PyStr ps ? ps.Value : throw Errors.TypeError($"{(prefix ? "startswith" : "endswith")} first arg must be str or a tuple of str, not {affix.Type.Name}");
        return prefix ? s.StartsWith(a, StringComparison.Ordinal) : s.EndsWith(a, StringComparison.Ordinal);
    }

    private static long Find(PyStr self, string sub, PyObject[] a, bool reverse)
    {
        var s = self.Value;
        if (!self.IsBmp)
        {
            // Code point arguments and result around the UTF-16 search.
            var cpLength = CodePoints.Count(s);
            var cpStart = a.Length > 2 && a[2] is not PyNone ? Ops.IndexValue(a[2]) : 0;
            var cpEnd = a.Length > 3 && a[3] is not PyNone ? Ops.IndexValue(a[3]) : cpLength;
            cpStart = cpStart < 0 ? Math.Max(0, cpStart + cpLength) : Math.Min(cpStart, cpLength + 1);
            cpEnd = cpEnd < 0 ? Math.Max(0, cpEnd + cpLength) : Math.Min(cpEnd, cpLength);
            if (cpStart > cpEnd)
            {
                return -1;
            }
            var found = FindUtf16(s, sub, CodePoints.ToUtf16(s, cpStart), CodePoints.ToUtf16(s, cpEnd), reverse);
            return found < 0 ? -1 : CodePoints.ToCodePoint(s, (int)found);
        }
        var start = a.Length > 2 && a[2] is not PyNone ? Ops.IndexValue(a[2]) : 0;
        var end = a.Length > 3 && a[3] is not PyNone ? Ops.IndexValue(a[3]) : s.Length;
        if (start < 0)
        {
            start = Math.Max(0, start + s.Length);
        }
        if (end < 0)
        {
            end = Math.Max(0, end + s.Length);
        }
        end = Math.Min(end, s.Length);
        if (start > end)
        {
            return -1;
        }
        return FindUtf16(s, sub, start, end, reverse);
    }

    private static long FindUtf16(string s, string sub, long start, long end, bool reverse)
    {
        var count = (int)(end - start);
        if (sub.Length == 0)
        {
            return reverse ? end : start;
        }
        return reverse
            ? (count == 0 ? -1 : s.LastIndexOf(sub, (int)end - 1, count, StringComparison.Ordinal))
            : s.IndexOf(sub, (int)start, count, StringComparison.Ordinal);
    }

    /// <summary>The part of s between the optional start and end arguments a[2], a[3] (slice semantics).</summary>
    private static string Region(string s, PyObject[] a)
    {
        if (a.Length <= 2)
        {
            return s;
        }
        var slice = new PySlice(a[2], a.Length > 3 ? a[3] : PyNone.Instance, PyNone.Instance);
        slice.Indices(CodePoints.Count(s), out var start, out var stop, out _);
        return stop <= start ? "" : s[CodePoints.ToUtf16(s, start)..CodePoints.ToUtf16(s, stop)];
    }

    private static long Count(string s, string sub)
    {
        if (sub.Length == 0)
        {
            return CodePoints.Count(s) + 1;
        }
        long n = 0;
        var pos = 0;
        while ((pos = s.IndexOf(sub, pos, StringComparison.Ordinal)) >= 0)
        {
            n++;
            pos += sub.Length;
        }
        return n;
    }

    private static string Pad(string s, PyObject[] a, int direction)
    {
        var width = (int)Ops.IndexValue(a[1]);
        var fill = a.Length > 2 ? S(a[2])[0] : ' ';
        var length = CodePoints.Count(s);
        if (width <= length)
        {
            return s;
        }
        var total = width - length;
        if (direction < 0)
        {
            return s + new string(fill, total);
        }
        if (direction > 0)
        {
            return new string(fill, total) + s;
        }
        // str.center puts the odd extra character on the left when the width is odd (CPython's pad()).
        var left = (total / 2) + (total & width & 1);
        return new string(fill, left) + s + new string(fill, total - left);
    }

    private static string ZFill(string s, int width)
    {
        if (s.Length >= width)
        {
            return s;
        }
        var sign = s.Length > 0 && s[0] is '+' or '-' ? s[0].ToString() : "";
        return sign + new string('0', width - s.Length) + s[sign.Length..];
    }

    private static PyTuple Partition(string s, string sep, bool reverse)
    {
        var idx = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (idx < 0)
        {
            return reverse ? PyTuple.Of(PyStr.Empty, PyStr.Empty, PyStr.From(s)) : PyTuple.Of(PyStr.From(s), PyStr.Empty, PyStr.Empty);
        }
        return PyTuple.Of(PyStr.From(s[..idx]), PyStr.From(sep), PyStr.From(s[(idx + sep.Length)..]));
    }
}

/// <summary>Registration helpers for native functions and methods.</summary>
public static class Def
{
    public static void Method(PyType type, string name, NativeFunction body) => type.Dict[name] = new PyBuiltinFunction(name, body, true);

    /// <summary>A special method of a native module's type, dispatched by the object-space operations (<see cref="PyBuiltinFunction.IsSlot"/>).</summary>
    public static void Slot(PyType type, string name, NativeFunction body) => type.Dict[name] = new PyBuiltinFunction(name, body, true) { IsSlot = true };

    public static void Function(PyDict dict, string name, NativeFunction body) => dict.Set(name, new PyBuiltinFunction(name, body));

    /// <summary>Argument <paramref name="index"/> given positionally or by keyword <paramref name="name"/>, or null.</summary>
    public static PyObject? Arg(PyObject[] args, PyDict? kwargs, int index, string name) =>
        index < args.Length ? args[index] : kwargs?.Get(name);
}
