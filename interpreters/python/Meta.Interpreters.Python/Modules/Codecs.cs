using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _codecs (Modules/_codecsmodule.c): the codec search registry (register, lookup, _forget_codec),
/// the error-handler registry (register_error, lookup_error) and the builtin codecs the
/// encodings package binds to: utf_8, ascii and latin_1 encode/decode with the strict, ignore,
/// replace and surrogateescape error handlers (Python/codecs.c).
/// </summary>
public static class Codecs
{
    private static readonly List<PyObject> SearchFunctions = [];
    private static readonly PyDict Cache = new();
    private static readonly PyDict ErrorHandlers = new();

    public static PyModule Create()
    {
        var m = new PyModule("_codecs");
        var d = m.Dict;
        Def.Function(d, "register", Register);
        Def.Function(d, "unregister", Unregister);
        Def.Function(d, "lookup", Lookup);
        Def.Function(d, "_forget_codec", Forget);
        Def.Function(d, "register_error", RegisterError);
        Def.Function(d, "lookup_error", LookupError);
        Def.Function(d, "utf_8_encode", Utf8Encode);
        Def.Function(d, "utf_8_decode", Utf8Decode);
        Def.Function(d, "ascii_encode", AsciiEncode);
        Def.Function(d, "ascii_decode", AsciiDecode);
        Def.Function(d, "latin_1_encode", Latin1Encode);
        Def.Function(d, "latin_1_decode", Latin1Decode);
        return m;
    }

    /// <summary>encodings.normalize_encoding's core as _codecsmodule.c applies it before the search: lower case, spaces to underscores.</summary>
    private static string Normalize(string name) => name.Replace(' ', '_').ToLowerInvariant();

    private static PyObject Register(PyObject[] a, PyDict? k)
    {
        if (a[0].Type.Lookup("__call__") is null && a[0] is not (PyFunction or PyBuiltinFunction or PyMethod or PyType))
        {
            throw Errors.TypeError("argument must be callable");
        }
        SearchFunctions.Add(a[0]);
        return PyNone.Instance;
    }

    private static PyObject Unregister(PyObject[] a, PyDict? k)
    {
        SearchFunctions.Remove(a[0]);
        Cache.Clear();
        return PyNone.Instance;
    }

    private static PyObject Lookup(PyObject[] a, PyDict? k)
    {
        var name = Normalize(((PyStr)a[0]).Value);
        if (Cache.Get(name) is { } cached)
        {
            return cached;
        }
        // A snapshot: a search function may register another, and in-process test runs share the registry.
        foreach (var search in SearchFunctions.ToArray())
        {
            var result = Ops.Call(search, [PyStr.From(name)]);
            if (result is PyNone)
            {
                continue;
            }
            if (Ops.Len(result) != 4)
            {
                throw Errors.TypeError("codec search functions must return 4-tuples");
            }
            Cache.Set(name, result);
            return result;
        }
        throw Errors.New(TypeObjects.LookupError, $"unknown encoding: {((PyStr)a[0]).Value}");
    }

    private static PyObject Forget(PyObject[] a, PyDict? k)
    {
        Cache.Remove(PyStr.From(Normalize(((PyStr)a[0]).Value)));
        return PyNone.Instance;
    }

    private static PyObject RegisterError(PyObject[] a, PyDict? k)
    {
        ErrorHandlers.Set(a[0], a[1]);
        return PyNone.Instance;
    }

    private static PyObject LookupError(PyObject[] a, PyDict? k)
    {
        var name = ((PyStr)a[0]).Value;
        if (ErrorHandlers.Get(name) is { } handler)
        {
            return handler;
        }
        if (name is "strict" or "ignore" or "replace" or "surrogateescape")
        {
            // The builtin handlers are applied inside the codecs; as objects they are the named function.
            var builtin = new PyBuiltinFunction(name + "_errors", BuiltinHandler);
            ErrorHandlers.Set(name, builtin);
            return builtin;
        }
        throw Errors.New(TypeObjects.LookupError, $"unknown error handler name '{name}'");
    }

    /// <summary>The strict handler's behaviour: raise the exception it is given.</summary>
    private static PyObject BuiltinHandler(PyObject[] a, PyDict? k)
    {
        if (a.Length > 0 && a[0] is PyException e)
        {
            throw e.ToError();
        }
        throw Errors.TypeError("codec must pass exception instance");
    }

    private static string Errors_(PyObject[] a, int index) => index < a.Length && a[index] is PyStr s ? s.Value : "strict";

    private static PyObject Result(PyObject value, int consumed) => PyTuple.Of(value, PyInt.From(consumed));

    private static PyObject Utf8Encode(PyObject[] a, PyDict? k)
    {
        var s = ((PyStr)a[0]).Value;
        return Result(new PyBytes(Encode(s, "utf-8", Errors_(a, 1))), s.Length);
    }

    private static PyObject Utf8Decode(PyObject[] a, PyDict? k)
    {
        var b = BytesMethods.BytesLike(a[0]) ?? throw Errors.TypeError($"a bytes-like object is required, not '{a[0].Type.Name}'");
        var final = a.Length > 2 && Ops.IsTrue(a[2]);
        var text = DecodeUtf8(b, Errors_(a, 1), final, out var consumed);
        return Result(PyStr.From(text), consumed);
    }

    private static PyObject AsciiEncode(PyObject[] a, PyDict? k)
    {
        var s = ((PyStr)a[0]).Value;
        return Result(new PyBytes(Encode(s, "ascii", Errors_(a, 1))), s.Length);
    }

    private static PyObject AsciiDecode(PyObject[] a, PyDict? k)
    {
        var b = BytesMethods.BytesLike(a[0]) ?? throw Errors.TypeError($"a bytes-like object is required, not '{a[0].Type.Name}'");
        return Result(PyStr.From(Decode(b, "ascii", Errors_(a, 1))), b.Length);
    }

    private static PyObject Latin1Encode(PyObject[] a, PyDict? k)
    {
        var s = ((PyStr)a[0]).Value;
        return Result(new PyBytes(Encode(s, "latin-1", Errors_(a, 1))), s.Length);
    }

    private static PyObject Latin1Decode(PyObject[] a, PyDict? k)
    {
        var b = BytesMethods.BytesLike(a[0]) ?? throw Errors.TypeError($"a bytes-like object is required, not '{a[0].Type.Name}'");
        return Result(PyStr.From(Decode(b, "latin-1", Errors_(a, 1))), b.Length);
    }

    public static string Canonical(string encoding) => Normalize(encoding).Replace('-', '_') switch
    {
        "utf_8" or "utf8" or "u8" => "utf-8",
        "ascii" or "us_ascii" or "646" => "ascii",
        "latin_1" or "latin1" or "iso_8859_1" or "iso8859_1" or "l1" => "latin-1",
        var other => other,
    };

    /// <summary>str.encode for the builtin codecs (unicodeobject.c's fast paths).</summary>
    public static byte[] Encode(string s, string encoding, string errors)
    {
        var enc = Canonical(encoding);
        var limit = enc switch
        {
            "utf-8" => int.MaxValue,
            "ascii" => 0x7F,
            "latin-1" => 0xFF,
            _ => throw Errors.New(TypeObjects.LookupError, $"unknown encoding: {encoding}"),
        };
        var output = new List<byte>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= 0xDC80 && c <= 0xDCFF && errors == "surrogateescape")
            {
                output.Add((byte)(c - 0xDC00));
                continue;
            }
            if (enc == "utf-8")
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    output.AddRange(Encoding.UTF8.GetBytes(s.Substring(i, 2)));
                    i++;
                    continue;
                }
                if (char.IsSurrogate(c))
                {
                    if (errors == "ignore")
                    {
                        continue;
                    }
                    if (errors == "replace")
                    {
                        output.Add((byte)'?');
                        continue;
                    }
                    throw EncodeError("utf-8", s, i, "surrogates not allowed");
                }
                output.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            if (c <= limit)
            {
                output.Add((byte)c);
            }
            else if (errors == "ignore")
            {
                continue;
            }
            else if (errors == "replace")
            {
                output.Add((byte)'?');
            }
            else
            {
                throw EncodeError(enc == "ascii" ? "ascii" : "latin-1", s, i, $"ordinal not in range({limit + 1})");
            }
        }
        return [.. output];
    }

    /// <summary>bytes.decode for the builtin codecs.</summary>
    public static string Decode(byte[] b, string encoding, string errors)
    {
        var enc = Canonical(encoding);
        var sb = new StringBuilder(b.Length);
        switch (enc)
        {
            case "latin-1":
                foreach (var x in b)
                {
                    sb.Append((char)x);
                }
                return sb.ToString();
            case "ascii":
                for (var i = 0; i < b.Length; i++)
                {
                    if (b[i] < 0x80)
                    {
                        sb.Append((char)b[i]);
                    }
                    else
                    {
                        Bad(sb, b, i, "ascii", "ordinal not in range(128)", errors);
                    }
                }
                return sb.ToString();
            case "utf-8":
                return DecodeUtf8(b, errors, true, out _);
            default:
                throw Errors.New(TypeObjects.LookupError, $"unknown encoding: {encoding}");
        }
    }

    /// <summary>UTF-8 decoding as unicodeobject.c does it: an invalid sequence is the maximal valid
    /// prefix (one error each); when not final, an incomplete sequence at the end is left unconsumed.</summary>
    public static string DecodeUtf8(byte[] b, string errors, bool final, out int consumed)
    {
        var sb = new StringBuilder(b.Length);
        var i = 0;
        while (i < b.Length)
        {
            var x = b[i];
            var need = x < 0x80 ? 0 : x is >= 0xC2 and <= 0xDF ? 1 : x is >= 0xE0 and <= 0xEF ? 2 : x is >= 0xF0 and <= 0xF4 ? 3 : -1;
            if (need == 0)
            {
                sb.Append((char)x);
                i++;
                continue;
            }
            var cp = need switch { 1 => x & 0x1F, 2 => x & 0x0F, 3 => x & 0x07, _ => 0 };
            var j = 1;
            var ok = need > 0;
            for (; ok && j <= need; j++)
            {
                if (i + j >= b.Length)
                {
                    ok = false;
                    break;
                }
                var c = b[i + j];
                // The second byte's range excludes overlong forms, surrogates and values past U+10FFFF (RFC 3629).
                var (lo, hi) = j > 1 ? (0x80, 0xBF) : x switch { 0xE0 => (0xA0, 0xBF), 0xED => (0x80, 0x9F), 0xF0 => (0x90, 0xBF), 0xF4 => (0x80, 0x8F), _ => (0x80, 0xBF) };
                if (c < lo || c > hi)
                {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (ok)
            {
                sb.Append(char.ConvertFromUtf32(cp));
                i += need + 1;
                continue;
            }
            var truncated = need > 0 && i + j >= b.Length;
            if (truncated && !final)
            {
                break;
            }
            var reason = need < 0 ? "invalid start byte" : truncated ? "unexpected end of data" : "invalid continuation byte";
            Bad(sb, b, i, "utf-8", reason, errors);
            // surrogateescape escapes each byte; the other handlers treat the maximal prefix as one error.
            i += errors == "surrogateescape" || need < 0 ? 1 : j;
        }
        consumed = i;
        return sb.ToString();
    }

    private static void Bad(StringBuilder sb, byte[] b, int i, string enc, string reason, string errors)
    {
        switch (errors)
        {
            case "ignore":
                return;
            case "replace":
                sb.Append('\uFFFD');
                return;
            case "surrogateescape" when b[i] >= 0x80:
                sb.Append((char)(0xDC00 + b[i]));
                return;
            default:
                throw DecodeError(enc, b, i, reason);
        }
    }

    private static PyError EncodeError(string enc, string s, int pos, string reason)
    {
        var e = new PyException(TypeObjects.UnicodeEncodeError, PyTuple.Of(PyStr.From(enc), PyStr.From(s), PyInt.From(pos), PyInt.From(pos + 1), PyStr.From(reason)));
        var c = s[pos];
        var shown = c < 0x100 ? $"'\\x{(int)c:x2}'" : $"'\\u{(int)c:x4}'";
        e.Args = PyTuple.Of(PyStr.From($"'{enc}' codec can't encode character {shown} in position {pos}: {reason}"));
        SetDetails(e, enc, PyStr.From(s), pos, reason);
        return e.ToError();
    }

    private static PyError DecodeError(string enc, byte[] b, int pos, string reason)
    {
        var e = new PyException(TypeObjects.UnicodeDecodeError, PyTuple.Of(PyStr.From($"'{enc}' codec can't decode byte 0x{b[pos]:x2} in position {pos}: {reason}")));
        SetDetails(e, enc, new PyBytes(b), pos, reason);
        return e.ToError();
    }

    /// <summary>The attributes of UnicodeError (exceptions.c): encoding, object, start, end, reason.</summary>
    private static void SetDetails(PyException e, string enc, PyObject obj, int pos, string reason)
    {
        e.SetAttribute("encoding", PyStr.From(enc));
        e.SetAttribute("object", obj);
        e.SetAttribute("start", PyInt.From(pos));
        e.SetAttribute("end", PyInt.From(pos + 1));
        e.SetAttribute("reason", PyStr.From(reason));
    }
}
