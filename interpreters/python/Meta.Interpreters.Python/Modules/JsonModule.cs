using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _json (Modules/_json.c in 3.11): scanstring, encode_basestring(_ascii) and the scanner that
/// make_scanner builds from a JSONDecoder; json.encoder keeps its pure-Python encoder (c_make_encoder
/// is optional). Indexes are code points; the text is scanned as UTF-16, where every JSON delimiter
/// is one unit.
/// </summary>
public static class JsonModule
{
    public static readonly PyType ScannerType = MakeScannerType();

    private sealed class Scanner(bool strict, PyObject objectHook, PyObject pairsHook, PyObject parseFloat, PyObject parseInt, PyObject parseConstant) : PyObject
    {
        public readonly bool Strict = strict;
        public readonly PyObject ObjectHook = objectHook;
        public readonly PyObject PairsHook = pairsHook;
        public readonly PyObject ParseFloat = parseFloat;
        public readonly PyObject ParseInt = parseInt;
        public readonly PyObject ParseConstant = parseConstant;

        public override PyType Type => ScannerType;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_json");
        Def.Function(m.Dict, "scanstring", ScanStringFunction);
        Def.Function(m.Dict, "encode_basestring_ascii", (a, _) => PyStr.From(Encode(Text(a, "encode_basestring_ascii"), ascii: true)));
        Def.Function(m.Dict, "encode_basestring", (a, _) => PyStr.From(Encode(Text(a, "encode_basestring"), ascii: false)));
        m.Dict.Set("make_scanner", ScannerType);
        return m;
    }

    private static PyType MakeScannerType()
    {
        var t = new PyType("Scanner", [TypeObjects.Object], module: "_json") { NativeNew = NewScanner };
        Def.Slot(t, "__call__", Call);
        foreach (var name in new[] { "strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant" })
        {
            t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, _) => Member((Scanner)a[0], name)), null, null, PyNone.Instance);
        }
        return t;
    }

    private static PyObject Member(Scanner s, string name) => name switch
    {
        "strict" => PyBool.From(s.Strict),
        "object_hook" => s.ObjectHook,
        "object_pairs_hook" => s.PairsHook,
        "parse_float" => s.ParseFloat,
        "parse_int" => s.ParseInt,
        _ => s.ParseConstant,
    };

    private static string Text(PyObject[] a, string function)
    {
        if (a.Length != 1)
        {
            throw Errors.TypeError($"{function}() takes exactly one argument ({a.Length} given)");
        }
        return a[0] is PyStr s ? s.Value : throw Errors.TypeError($"first argument must be a string, not {a[0].Type.Name}");
    }

    /// <summary>escape_unicode / ascii_escape_unicode: the quoted JSON string; ASCII mode escapes every UTF-16 unit above 0x7E (astral characters as their surrogate pair).</summary>
    private static string Encode(string s, bool ascii)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < ' ' || (ascii && c > '~'))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4"));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>JSONDecodeError(msg, s, pos) from json.decoder, as raise_errmsg builds it.</summary>
    private static PyError DecodeError(string message, PyStr s, int utf16Pos)
    {
        var decoder = ImportSystem.ImportAbsolute("json.decoder");
        var error = Ops.Call(Ops.GetAttr(decoder, "JSONDecodeError"), [PyStr.From(message), s, PyInt.From(CodePointIndex(s, utf16Pos))]);
        return ((PyException)error).ToError();
    }

    private static int CodePointIndex(PyStr s, int utf16) =>
        s.IsBmp ? utf16 : CodePoints.Count(s.Value[..Math.Min(utf16, s.Value.Length)]);

    private static int Utf16Index(PyStr s, long codePoint) =>
        s.IsBmp ? (int)codePoint : CodePoints.ToUtf16(s.Value, codePoint);

    private static PyObject ScanStringFunction(PyObject[] a, PyDict? k)
    {
        if (a.Length < 2 || a.Length > 3)
        {
            throw Errors.TypeError($"scanstring expected 2 or 3 arguments, got {a.Length}");
        }
        if (a[0] is not PyStr s)
        {
            throw Errors.TypeError($"first argument must be a string, not {a[0].Type.Name}");
        }
        var end = Ops.IndexValue(a[1]);
        var strict = a.Length < 3 || Ops.IsTrue(a[2]);
        if (end < 0 || end > s.Length)
        {
            throw Errors.ValueError("end is out of bounds");
        }
        var result = ScanString(s, Utf16Index(s, end), strict, out var next);
        return PyTuple.Of(result, PyInt.From(CodePointIndex(s, next)));
    }

    /// <summary>scanstring_unicode: the string whose opening quote is just before <paramref name="end"/>; <paramref name="next"/> is after its closing quote.</summary>
    private static PyObject ScanString(PyStr pystr, int end, bool strict, out int next)
    {
        var s = pystr.Value;
        var len = s.Length;
        var begin = end - 1;
        StringBuilder? sb = null;
        while (true)
        {
            var i = end;
            var c = '\0';
            for (; i < len; i++)
            {
                c = s[i];
                if (c is '"' or '\\')
                {
                    break;
                }
                if (c <= 0x1f && strict)
                {
                    throw DecodeError("Invalid control character at", pystr, i);
                }
            }
            if (i >= len || c is not ('"' or '\\'))
            {
                throw DecodeError("Unterminated string starting at", pystr, begin);
            }
            if (c == '"' && sb is null)
            {
                next = i + 1;
                return PyStr.From(s[end..i]);
            }
            sb ??= new StringBuilder();
            sb.Append(s, end, i - end);
            i++;
            if (c == '"')
            {
                next = i;
                return PyStr.From(sb.ToString());
            }
            if (i == len)
            {
                throw DecodeError("Unterminated string starting at", pystr, begin);
            }
            c = s[i];
            if (c != 'u')
            {
                end = i + 1;
                var unescaped = c switch
                {
                    '"' or '\\' or '/' => c,
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => throw DecodeError("Invalid \\escape", pystr, end - 2),
                };
                sb.Append(unescaped);
                continue;
            }
            i++;
            end = i + 4;
            if (end >= len)
            {
                throw DecodeError("Invalid \\uXXXX escape", pystr, i - 1);
            }
            var unit = HexUnit(pystr, i, end);
            // A high surrogate followed by an escaped low surrogate is one character.
            if (unit is >= 0xD800 and <= 0xDBFF && end + 6 < len && s[end] == '\\' && s[end + 1] == 'u')
            {
                var low = HexUnit(pystr, end + 2, end + 6);
                if (low is >= 0xDC00 and <= 0xDFFF)
                {
                    sb.Append((char)unit).Append((char)low);
                    end += 6;
                    continue;
                }
            }
            sb.Append((char)unit);
        }
    }

    private static int HexUnit(PyStr pystr, int from, int to)
    {
        var value = 0;
        for (var i = from; i < to; i++)
        {
            var d = pystr.Value[i];
            var digit = d switch
            {
                >= '0' and <= '9' => d - '0',
                >= 'a' and <= 'f' => d - 'a' + 10,
                >= 'A' and <= 'F' => d - 'A' + 10,
                _ => throw DecodeError("Invalid \\uXXXX escape", pystr, to - 5),
            };
            value = (value << 4) | digit;
        }
        return value;
    }

    private static PyObject NewScanner(PyType type, PyObject[] a, PyDict? k)
    {
        var context = Def.Arg(a, k, 0, "context") ?? throw Errors.TypeError("Scanner() missing required argument 'context' (pos 1)");
        return new Scanner(
            Ops.IsTrue(Ops.GetAttr(context, "strict")),
            Ops.GetAttr(context, "object_hook"),
            Ops.GetAttr(context, "object_pairs_hook"),
            Ops.GetAttr(context, "parse_float"),
            Ops.GetAttr(context, "parse_int"),
            Ops.GetAttr(context, "parse_constant"));
    }

    /// <summary>scanner_call: (value, end) for the JSON value at idx, or StopIteration(idx) when none starts there.</summary>
    private static PyObject Call(PyObject[] a, PyDict? k)
    {
        var scanner = (Scanner)a[0];
        if (a.Length != 3 || a[1] is not PyStr s)
        {
            throw Errors.TypeError(a.Length != 3 ? $"scan_once expected 2 arguments, got {a.Length - 1}" : $"first argument must be a string, not {a[1].Type.Name}");
        }
        var idx = Ops.IndexValue(a[2]);
        if (idx < 0)
        {
            throw Errors.ValueError("idx cannot be negative");
        }
        if (idx >= s.Length)
        {
            throw Errors.StopIteration(PyInt.From(idx));
        }
        var memo = new PyDict();
        var start = Utf16Index(s, idx);
        var value = ScanOnce(scanner, memo, s, start, out var next);
        return PyTuple.Of(value, PyInt.From(CodePointIndex(s, next)));
    }

    private static PyError StopAt(PyStr s, int utf16) => Errors.StopIteration(PyInt.From(CodePointIndex(s, utf16)));

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    private static bool At(string s, int i, string word) => i + word.Length <= s.Length && string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

    /// <summary>scan_once_unicode: dispatch on the first character of a value.</summary>
    private static PyObject ScanOnce(Scanner scanner, PyDict memo, PyStr pystr, int idx, out int next)
    {
        var s = pystr.Value;
        if (idx >= s.Length)
        {
            throw StopAt(pystr, idx);
        }
        switch (s[idx])
        {
            case '"':
                return ScanString(pystr, idx + 1, scanner.Strict, out next);
            case '{':
                return Nested(scanner, memo, pystr, idx + 1, "object", out next);
            case '[':
                return Nested(scanner, memo, pystr, idx + 1, "array", out next);
            case 'n' when At(s, idx, "null"):
                next = idx + 4;
                return PyNone.Instance;
            case 't' when At(s, idx, "true"):
                next = idx + 4;
                return PyBool.True;
            case 'f' when At(s, idx, "false"):
                next = idx + 5;
                return PyBool.False;
            case 'N' when At(s, idx, "NaN"):
                return Constant(scanner, "NaN", idx, out next);
            case 'I' when At(s, idx, "Infinity"):
                return Constant(scanner, "Infinity", idx, out next);
            case '-' when At(s, idx, "-Infinity"):
                return Constant(scanner, "-Infinity", idx, out next);
        }
        return Number(scanner, pystr, idx, out next);
    }

    private static PyObject Constant(Scanner scanner, string constant, int idx, out int next)
    {
        next = idx + constant.Length;
        return Ops.Call(scanner.ParseConstant, [PyStr.From(constant)]);
    }

    /// <summary>Objects and arrays recurse: counted against the recursion limit as Py_EnterRecursiveCall counts them.</summary>
    private static PyObject Nested(Scanner scanner, PyDict memo, PyStr pystr, int idx, string what, out int next)
    {
        if (++PyThreadState.Depth > PyThreadState.RecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            PyThreadState.Depth--;
            throw Errors.New(TypeObjects.RecursionError, $"maximum recursion depth exceeded while decoding a JSON {what} from a unicode string");
        }
        try
        {
            return what == "object" ? ParseObject(scanner, memo, pystr, idx, out next) : ParseArray(scanner, memo, pystr, idx, out next);
        }
        finally
        {
            PyThreadState.Depth--;
        }
    }

    private static int SkipWhitespace(string s, int idx)
    {
        while (idx < s.Length && IsWhitespace(s[idx]))
        {
            idx++;
        }
        return idx;
    }

    private static PyObject ParseObject(Scanner scanner, PyDict memo, PyStr pystr, int idx, out int next)
    {
        var s = pystr.Value;
        var pairs = scanner.PairsHook is not PyNone ? new PyList() : null;
        var dict = pairs is null ? new PyDict() : null;
        idx = SkipWhitespace(s, idx);
        if (idx >= s.Length || s[idx] != '}')
        {
            while (true)
            {
                if (idx >= s.Length || s[idx] != '"')
                {
                    throw DecodeError("Expecting property name enclosed in double quotes", pystr, idx);
                }
                var key = ScanString(pystr, idx + 1, scanner.Strict, out idx);
                // Equal keys share one string object (the memo).
                if (memo.Get(key) is { } known)
                {
                    key = known;
                }
                else
                {
                    memo.Set(key, key);
                }
                idx = SkipWhitespace(s, idx);
                if (idx >= s.Length || s[idx] != ':')
                {
                    throw DecodeError("Expecting ':' delimiter", pystr, idx);
                }
                idx = SkipWhitespace(s, idx + 1);
                var value = ScanOnce(scanner, memo, pystr, idx, out idx);
                if (pairs is not null)
                {
                    pairs.Append(PyTuple.Of(key, value));
                }
                else
                {
                    Ops.SetItem(dict!, key, value);
                }
                idx = SkipWhitespace(s, idx);
                if (idx < s.Length && s[idx] == '}')
                {
                    break;
                }
                if (idx >= s.Length || s[idx] != ',')
                {
                    throw DecodeError("Expecting ',' delimiter", pystr, idx);
                }
                idx = SkipWhitespace(s, idx + 1);
            }
        }
        next = idx + 1;
        if (pairs is not null)
        {
            return Ops.Call(scanner.PairsHook, [pairs]);
        }
        return scanner.ObjectHook is not PyNone ? Ops.Call(scanner.ObjectHook, [dict!]) : dict!;
    }

    private static PyObject ParseArray(Scanner scanner, PyDict memo, PyStr pystr, int idx, out int next)
    {
        var s = pystr.Value;
        var list = new PyList();
        idx = SkipWhitespace(s, idx);
        if (idx >= s.Length || s[idx] != ']')
        {
            while (true)
            {
                list.Append(ScanOnce(scanner, memo, pystr, idx, out idx));
                idx = SkipWhitespace(s, idx);
                if (idx < s.Length && s[idx] == ']')
                {
                    break;
                }
                if (idx >= s.Length || s[idx] != ',')
                {
                    throw DecodeError("Expecting ',' delimiter", pystr, idx);
                }
                idx = SkipWhitespace(s, idx + 1);
            }
        }
        if (idx >= s.Length || s[idx] != ']')
        {
            throw DecodeError("Expecting value", pystr, s.Length - 1);
        }
        next = idx + 1;
        return list;
    }

    private static bool IsDigit(string s, int i) => i < s.Length && s[i] is >= '0' and <= '9';

    /// <summary>_match_number_unicode: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? handed to int, float or the custom parsers.</summary>
    private static PyObject Number(Scanner scanner, PyStr pystr, int start, out int next)
    {
        var s = pystr.Value;
        var idx = start;
        if (s[idx] == '-')
        {
            idx++;
            if (idx >= s.Length)
            {
                throw StopAt(pystr, start);
            }
        }
        if (s[idx] is >= '1' and <= '9')
        {
            idx++;
            while (IsDigit(s, idx))
            {
                idx++;
            }
        }
        else if (s[idx] == '0')
        {
            idx++;
        }
        else
        {
            throw StopAt(pystr, start);
        }
        var isFloat = false;
        if (idx < s.Length - 1 && s[idx] == '.' && IsDigit(s, idx + 1))
        {
            isFloat = true;
            idx += 2;
            while (IsDigit(s, idx))
            {
                idx++;
            }
        }
        if (idx < s.Length - 1 && s[idx] is 'e' or 'E')
        {
            var exponentStart = idx;
            idx++;
            if (idx < s.Length - 1 && s[idx] is '-' or '+')
            {
                idx++;
            }
            while (IsDigit(s, idx))
            {
                idx++;
            }
            if (IsDigit(s, idx - 1))
            {
                isFloat = true;
            }
            else
            {
                idx = exponentStart;
            }
        }
        next = idx;
        var text = PyStr.From(s[start..idx]);
        var parser = isFloat ? scanner.ParseFloat : scanner.ParseInt;
        return Ops.Call(parser, [text]);
    }
}
