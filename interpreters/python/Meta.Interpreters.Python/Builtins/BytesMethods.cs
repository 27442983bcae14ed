using System.Text;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>
/// bytes and bytearray (Objects/bytesobject.c, bytearrayobject.c, bytes_methods.c). The
/// searching, splitting and stripping methods run on the Latin-1 view of the bytes (one char per
/// byte, so ordinal string operations are exact byte operations); case and classification
/// methods look at ASCII only, as CPython's do. A method of bytearray returns a bytearray.
/// </summary>
public static class BytesMethods
{
    public static void Register()
    {
        TypeObjects.Bytes.NativeNew = (t, a, k) => new PyBytes(Construct(a, k, "bytes must be in range(0, 256)"));
        TypeObjects.ByteArray.NativeNew = (t, a, k) => new PyByteArray(Construct(a, k, "byte must be in range(0, 256)"));
        foreach (var type in new[] { TypeObjects.Bytes, TypeObjects.ByteArray })
        {
            Def.Method(type, "decode", (a, k) => PyStr.From(Decode(Data(a[0]), Def.Arg(a, k, 1, "encoding"), Def.Arg(a, k, 2, "errors"))));
            Def.Method(type, "hex", (a, k) => PyStr.From(Hex(Data(a[0]), Def.Arg(a, k, 1, "sep"))));
            type.Dict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", (a, _) => Make(a[0], FromHex(((PyStr)a[1]).Value))));
            Def.Method(type, "count", (a, _) => PyInt.From(CountOf(Latin(a[0]), Needle(a[1]))));
            Def.Method(type, "find", (a, _) => PyInt.From(Latin(a[0]).IndexOf(Needle(a[1]), StringComparison.Ordinal)));
            Def.Method(type, "rfind", (a, _) => PyInt.From(Latin(a[0]).LastIndexOf(Needle(a[1]), StringComparison.Ordinal)));
            Def.Method(type, "index", (a, _) => PyInt.From(Latin(a[0]).IndexOf(Needle(a[1]), StringComparison.Ordinal) is var i && i >= 0 ? i : throw Errors.ValueError("subsection not found")));
            Def.Method(type, "rindex", (a, _) => PyInt.From(Latin(a[0]).LastIndexOf(Needle(a[1]), StringComparison.Ordinal) is var i && i >= 0 ? i : throw Errors.ValueError("subsection not found")));
            Def.Method(type, "startswith", (a, _) => PyBool.From(Affix(Latin(a[0]), a[1], true)));
            Def.Method(type, "endswith", (a, _) => PyBool.From(Affix(Latin(a[0]), a[1], false)));
            Def.Method(type, "replace", (a, _) => Make(a[0], Replace(Latin(a[0]), Needle(a[1]), Needle(a[2]), a.Length > 3 ? Ops.IndexValue(a[3]) : -1)));
            Def.Method(type, "split", (a, k) => Split(a[0], Def.Arg(a, k, 1, "sep"), Def.Arg(a, k, 2, "maxsplit")));
            Def.Method(type, "join", (a, _) => Join(a[0], a[1]));
            Def.Method(type, "strip", (a, _) => Make(a[0], Strip(Latin(a[0]), a.Length > 1 ? a[1] : null, true, true)));
            Def.Method(type, "lstrip", (a, _) => Make(a[0], Strip(Latin(a[0]), a.Length > 1 ? a[1] : null, true, false)));
            Def.Method(type, "rstrip", (a, _) => Make(a[0], Strip(Latin(a[0]), a.Length > 1 ? a[1] : null, false, true)));
            Def.Method(type, "upper", (a, _) => Make(a[0], MapAscii(Data(a[0]), upper: true)));
            Def.Method(type, "lower", (a, _) => Make(a[0], MapAscii(Data(a[0]), upper: false)));
            Def.Method(type, "isdigit", (a, _) => PyBool.From(AllAscii(Data(a[0]), b => b is >= (byte)'0' and <= (byte)'9')));
            Def.Method(type, "isalpha", (a, _) => PyBool.From(AllAscii(Data(a[0]), IsLetter)));
            Def.Method(type, "isalnum", (a, _) => PyBool.From(AllAscii(Data(a[0]), b => IsLetter(b) || b is >= (byte)'0' and <= (byte)'9')));
            Def.Method(type, "isspace", (a, _) => PyBool.From(AllAscii(Data(a[0]), b => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c)));
            Def.Method(type, "partition", (a, _) => Partition(a[0], Needle(a[1]), false));
            Def.Method(type, "rpartition", (a, _) => Partition(a[0], Needle(a[1]), true));
            Def.Method(type, "removeprefix", (a, _) => Make(a[0], Latin(a[0]).StartsWith(Needle(a[1]), StringComparison.Ordinal) ? Latin(a[0])[Needle(a[1]).Length..] : Latin(a[0])));
            Def.Method(type, "removesuffix", (a, _) => Make(a[0], Needle(a[1]).Length > 0 && Latin(a[0]).EndsWith(Needle(a[1]), StringComparison.Ordinal) ? Latin(a[0])[..^Needle(a[1]).Length] : Latin(a[0])));
            Def.Method(type, "translate", (a, k) => Make(a[0], Translate(Data(a[0]), Def.Arg(a, k, 1, "table") ?? PyNone.Instance, Def.Arg(a, k, 2, "delete"))));
            type.Dict["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, _) => MakeTrans(a)));
            Def.Method(type, "ljust", (a, _) => Make(a[0], Latin(a[0]).PadRight((int)Ops.IndexValue(a[1]), a.Length > 2 ? (char)Data(a[2])[0] : ' ')));
            Def.Method(type, "rjust", (a, _) => Make(a[0], Latin(a[0]).PadLeft((int)Ops.IndexValue(a[1]), a.Length > 2 ? (char)Data(a[2])[0] : ' ')));
        }
        var ba = TypeObjects.ByteArray;
        Def.Method(ba, "append", (a, _) => { var b = (PyByteArray)a[0]; b.Replace([.. b.ToArray(), ByteValue(a[1])]); return PyNone.Instance; });
        Def.Method(ba, "extend", (a, _) => { var b = (PyByteArray)a[0]; b.Replace([.. b.ToArray(), .. Construct([a[1]], null, "byte must be in range(0, 256)")]); return PyNone.Instance; });
        Def.Method(ba, "pop", (a, _) => Pop((PyByteArray)a[0], a.Length > 1 ? Ops.IndexValue(a[1]) : -1));
        Def.Method(ba, "insert", (a, _) => { Insert((PyByteArray)a[0], Ops.IndexValue(a[1]), ByteValue(a[2])); return PyNone.Instance; });
        Def.Method(ba, "remove", (a, _) => { Remove((PyByteArray)a[0], ByteValue(a[1])); return PyNone.Instance; });
        Def.Method(ba, "reverse", (a, _) => { var b = (PyByteArray)a[0]; Array.Reverse(b.Items, 0, b.Count); return PyNone.Instance; });
        Def.Method(ba, "clear", (a, _) => { ((PyByteArray)a[0]).Replace([]); return PyNone.Instance; });
        Def.Method(ba, "copy", (a, _) => new PyByteArray(((PyByteArray)a[0]).ToArray()));
    }

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview), or null.</summary>
    public static byte[]? BytesLike(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        Modules.PyMemoryView mv => mv.ToArray(),
        _ => null,
    };

    private static byte[] Data(PyObject o) =>
        BytesLike(o) ?? throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    private static string Latin(PyObject o) => Encoding.Latin1.GetString(Data(o));

    private static string Needle(PyObject o) => o is PyInt or PyLong ? ((char)ByteValue(o)).ToString() : Latin(o);

    /// <summary>A result of the same kind as <paramref name="self"/> (bytes or bytearray).</summary>
    private static PyObject Make(PyObject self, byte[] data) =>
        self is PyByteArray || (self is PyType t && ReferenceEquals(t, TypeObjects.ByteArray)) ? new PyByteArray(data) : new PyBytes(data);

    private static PyObject Make(PyObject self, string latin) => Make(self, Encoding.Latin1.GetBytes(latin));

    public static byte ByteValue(PyObject o)
    {
        var v = Ops.IndexValue(o);
        return v is >= 0 and <= 255 ? (byte)v : throw Errors.ValueError("byte must be in range(0, 256)");
    }

    /// <summary>bytes(x) / bytearray(x): empty, n zero bytes, an iterable of ints, a str with an encoding, or another bytes-like object.</summary>
    private static byte[] Construct(PyObject[] a, PyDict? k, string rangeMessage)
    {
        var source = Def.Arg(a, k, 0, "source");
        var encoding = Def.Arg(a, k, 1, "encoding");
        switch (source)
        {
            case null:
                return [];
            case PyStr s:
                if (encoding is null)
                {
                    throw Errors.TypeError("string argument without an encoding");
                }
                return Encode(s.Value, ((PyStr)encoding).Value);
            case PyInt or PyLong:
                var n = Ops.IndexValue(source);
                return n >= 0 ? new byte[n] : throw Errors.ValueError("negative count");
            case PyBytes or PyByteArray:
                return Data(source);
        }
        if (encoding is not null)
        {
            throw Errors.TypeError("encoding without a string argument");
        }
        var items = Conversions.ToArray(source);
        var result = new byte[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var v = Ops.IndexValue(items[i]);
            result[i] = v is >= 0 and <= 255 ? (byte)v : throw Errors.ValueError(rangeMessage);
        }
        return result;
    }

    public static byte[] Encode(string text, string encoding) => NormalizeEncoding(encoding) switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "ascii" => Ascii(text),
        "latin-1" => Latin1(text),
        _ => throw Errors.New(TypeObjects.LookupError, $"unknown encoding: {encoding}"),
    };

    private static byte[] Ascii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                throw Errors.New(TypeObjects.UnicodeEncodeError, $"'ascii' codec can't encode character '\\x{(int)text[i]:x2}' in position {i}: ordinal not in range(128)");
            }
        }
        return Encoding.ASCII.GetBytes(text);
    }

    private static byte[] Latin1(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0xFF)
            {
                throw Errors.New(TypeObjects.UnicodeEncodeError, $"'latin-1' codec can't encode character '\\u{(int)text[i]:x4}' in position {i}: ordinal not in range(256)");
            }
        }
        return Encoding.Latin1.GetBytes(text);
    }

    private static string NormalizeEncoding(string encoding) => encoding.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" => "utf-8",
        "ascii" or "us-ascii" => "ascii",
        "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" => "latin-1",
        var other => other,
    };

    /// <summary>bytes.decode: utf-8 (strict: invalid bytes raise UnicodeDecodeError as CPython's codec does), ascii, latin-1.</summary>
    private static string Decode(byte[] data, PyObject? encoding, PyObject? errors)
    {
        var name = NormalizeEncoding(encoding is PyStr e ? e.Value : "utf-8");
        var strict = errors is not PyStr es || es.Value == "strict";
        switch (name)
        {
            case "latin-1":
                return Encoding.Latin1.GetString(data);
            case "ascii":
                for (var i = 0; i < data.Length; i++)
                {
                    if (data[i] > 0x7F && strict)
                    {
                        throw Errors.New(TypeObjects.UnicodeDecodeError, $"'ascii' codec can't decode byte 0x{data[i]:x2} in position {i}: ordinal not in range(128)");
                    }
                }
                return Encoding.ASCII.GetString(data);
            case "utf-8":
                if (!strict)
                {
                    return Encoding.UTF8.GetString(data);
                }
                try
                {
                    return new UTF8Encoding(false, true).GetString(data);
                }
                catch (DecoderFallbackException ex)
                {
                    var position = ex.Index < 0 ? 0 : ex.Index;
                    var b = position < data.Length ? data[position] : 0;
                    throw Errors.New(TypeObjects.UnicodeDecodeError, $"'utf-8' codec can't decode byte 0x{b:x2} in position {position}: invalid start byte");
                }
            default:
                throw Errors.New(TypeObjects.LookupError, $"unknown encoding: {encoding}");
        }
    }

    private static string Hex(byte[] data, PyObject? sep)
    {
        var hex = Convert.ToHexStringLower(data);
        if (sep is not PyStr s || data.Length == 0)
        {
            return hex;
        }
        var sb = new StringBuilder();
        for (var i = 0; i < data.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(s.Value);
            }
            sb.Append(hex, i * 2, 2);
        }
        return sb.ToString();
    }

    private static byte[] FromHex(string text)
    {
        var digits = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }
            if (!char.IsAsciiHexDigit(text[i]))
            {
                throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            }
            digits.Append(text[i]);
        }
        if (digits.Length % 2 != 0)
        {
            throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {text.Length}");
        }
        return Convert.FromHexString(digits.ToString());
    }

    private static long CountOf(string s, string sub)
    {
        if (sub.Length == 0)
        {
            return s.Length + 1;
        }
        long n = 0;
        for (var pos = s.IndexOf(sub, StringComparison.Ordinal); pos >= 0; pos = s.IndexOf(sub, pos + sub.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }

    private static bool Affix(string s, PyObject affix, bool prefix)
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
        var a = Latin(affix);
        return prefix ? s.StartsWith(a, StringComparison.Ordinal) : s.EndsWith(a, StringComparison.Ordinal);
    }

    private static string Replace(string s, string old, string replacement, long count)
    {
        if (count < 0)
        {
            return old.Length == 0 ? StrMethodsReplaceEmpty(s, replacement) : s.Replace(old, replacement, StringComparison.Ordinal);
        }
        var sb = new StringBuilder();
        var pos = 0;
        for (var done = 0L; done < count; done++)
        {
            var i = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (i < 0 || old.Length == 0)
            {
                break;
            }
            sb.Append(s, pos, i - pos).Append(replacement);
            pos = i + old.Length;
        }
        return sb.Append(s, pos, s.Length - pos).ToString();
    }

    private static string StrMethodsReplaceEmpty(string s, string replacement)
    {
        var sb = new StringBuilder(replacement);
        foreach (var c in s)
        {
            sb.Append(c).Append(replacement);
        }
        return sb.ToString();
    }

    private static PyList Split(PyObject self, PyObject? sep, PyObject? maxsplit)
    {
        var s = Latin(self);
        var max = maxsplit is null ? -1 : Ops.IndexValue(maxsplit);
        var parts = new List<string>();
        if (sep is null or PyNone)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }
                if (i >= s.Length)
                {
                    break;
                }
                if (max >= 0 && parts.Count == max)
                {
                    parts.Add(s[i..]);
                    break;
                }
                var j = i;
                while (j < s.Length && !IsSpace(s[j]))
                {
                    j++;
                }
                parts.Add(s[i..j]);
                i = j;
            }
        }
        else
        {
            var separator = Latin(sep);
            if (separator.Length == 0)
            {
                throw Errors.ValueError("empty separator");
            }
            var pos = 0;
            while (max < 0 || parts.Count < max)
            {
                var i = s.IndexOf(separator, pos, StringComparison.Ordinal);
                if (i < 0)
                {
                    break;
                }
                parts.Add(s[pos..i]);
                pos = i + separator.Length;
            }
            parts.Add(s[pos..]);
        }
        var result = new PyObject[parts.Count];
        for (var k = 0; k < parts.Count; k++)
        {
            result[k] = Make(self, parts[k]);
        }
        return new PyList(result);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    private static PyObject Join(PyObject self, PyObject iterable)
    {
        var sep = Data(self);
        var items = Conversions.ToArray(iterable);
        var result = new List<byte>();
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                result.AddRange(sep);
            }
            result.AddRange(BytesLike(items[i]) ?? throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found"));
        }
        return Make(self, result.ToArray());
    }

    private static string Strip(string s, PyObject? chars, bool left, bool right)
    {
        var set = chars is null or PyNone ? " \t\n\r\v\f".ToCharArray() : Latin(chars).ToCharArray();
        return left && right ? s.Trim(set) : left ? s.TrimStart(set) : s.TrimEnd(set);
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static byte[] MapAscii(byte[] data, bool upper)
    {
        var result = new byte[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            result[i] = upper && b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32)
                : !upper && b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32)
                : b;
        }
        return result;
    }

    private static bool AllAscii(byte[] data, Func<byte, bool> test)
    {
        if (data.Length == 0)
        {
            return false;
        }
        foreach (var b in data)
        {
            if (!test(b))
            {
                return false;
            }
        }
        return true;
    }

    private static PyTuple Partition(PyObject self, string sep, bool reverse)
    {
        var s = Latin(self);
        var i = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (i < 0)
        {
            return reverse ? PyTuple.Of(Make(self, ""), Make(self, ""), Make(self, s)) : PyTuple.Of(Make(self, s), Make(self, ""), Make(self, ""));
        }
        return PyTuple.Of(Make(self, s[..i]), Make(self, sep), Make(self, s[(i + sep.Length)..]));
    }

    /// <summary>bytes.translate: delete the bytes in <paramref name="delete"/>, map the rest through a 256-byte table (None: identity).</summary>
    private static byte[] Translate(byte[] data, PyObject table, PyObject? delete)
    {
        var map = table is PyNone ? null : Data(table);
        if (map is not null && map.Length != 256)
        {
            throw Errors.ValueError("translation table must be 256 characters long");
        }
        var deleted = delete is null ? [] : Data(delete);
        var result = new List<byte>(data.Length);
        foreach (var b in data)
        {
            if (Array.IndexOf(deleted, b) < 0)
            {
                result.Add(map is null ? b : map[b]);
            }
        }
        return [.. result];
    }

    /// <summary>bytes.maketrans(from, to): the identity table with each byte of from mapped to the byte of to at the same index.</summary>
    private static PyObject MakeTrans(PyObject[] a)
    {
        var from = Data(a[0]);
        var to = Data(a[1]);
        if (from.Length != to.Length)
        {
            throw Errors.ValueError("maketrans arguments must have same length");
        }
        var table = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = (byte)i;
        }
        for (var i = 0; i < from.Length; i++)
        {
            table[from[i]] = to[i];
        }
        return new PyBytes(table);
    }

    private static PyObject Pop(PyByteArray b, long index)
    {
        if (b.Count == 0)
        {
            throw Errors.IndexError("pop from empty bytearray");
        }
        var i = (int)Ops.NormalizeIndex(index, b.Count, "pop");
        var data = b.ToArray();
        var v = data[i];
        b.Replace([.. data[..i], .. data[(i + 1)..]]);
        return PyInt.From(v);
    }

    private static void Insert(PyByteArray b, long index, byte value)
    {
        var data = b.ToArray();
        var i = (int)Math.Clamp(index < 0 ? index + data.Length : index, 0, data.Length);
        b.Replace([.. data[..i], value, .. data[i..]]);
    }

    private static void Remove(PyByteArray b, byte value)
    {
        var data = b.ToArray();
        var i = Array.IndexOf(data, value);
        if (i < 0)
        {
            throw Errors.ValueError("value not found in bytearray");
        }
        b.Replace([.. data[..i], .. data[(i + 1)..]]);
    }
}
