using Meta.Interpreters.Python.Compiler;
using System.Numerics;
using System.Text;
using Meta.Interpreters.Python.Builtins;

namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// The operations of the object space (PyPy's StdObjSpace, CPython's abstract.c): truth, repr,
/// hash, arithmetic, comparison, attributes, items, calls. Builtin types take fast paths by CLR
/// type test; everything else goes through the special methods found on the type.
/// </summary>
public static partial class Ops
{
    public static bool IsTrue(PyObject o)
    {
        if (o is IUserSubclass && (Override(o, "__bool__") ?? Override(o, "__len__")) is { } truth)
        {
            var r = CallMethod(truth, o);
            return truth.Name == "__bool__" ? r is PyBool b0 ? b0.Value != 0 : throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.Name}") : IndexValue(r) != 0;
        }
        switch (o)
        {
            case PyBool b:
                return b.Value != 0;
            case PyInt i:
                return i.Value != 0;
            case PyNone:
                return false;
            case PyStr s:
                return s.Value.Length > 0;
            case PyList l:
                return l.Count > 0;
            case PyTuple t:
                return t.Items.Length > 0;
            case PyDict d:
                return d.Count > 0;
            case PyFloat f:
                return f.Value != 0.0;
            case PyLong:
                return true;
            case PyComplex c:
                return c.Value != System.Numerics.Complex.Zero;
            case PyBytes bytes:
                return bytes.Value.Length > 0;
            case PyByteArray byteArray:
                return byteArray.Count > 0;
            case PySet s:
                return s.Count > 0;
            case PyRange r:
                return r.Length > 0;
        }
        var boolMethod = o.Type.Lookup("__bool__");
        if (boolMethod is not null)
        {
            var r = CallMethod(boolMethod, o);
            if (r is not PyBool rb)
            {
                throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
            }
            return rb.Value != 0;
        }
        var lenMethod = o.Type.Lookup("__len__");
        if (lenMethod is not null)
        {
            return IndexValue(CallMethod(lenMethod, o)) != 0;
        }
        return true;
    }

    public static string TypeName(PyObject o) => o.Type.Name;

    public static string Repr(PyObject o)
    {
        if (Override(o, "__repr__") is { } userRepr)
        {
            var ur = CallMethod(userRepr, o);
            return ur is PyStr urs ? urs.Value : throw Errors.TypeError($"__repr__ returned non-string (type {ur.Type.Name})");
        }
        switch (o)
        {
            case PyStr s:
                return StrRepr(s.Value);
            case PyBool b:
                return b.Value != 0 ? "True" : "False";
            case PyInt i:
                return i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case PyLong l:
                return l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case PyFloat f:
                return FloatFormatting.Repr(f.Value);
            case PyNone:
                return "None";
        }
        var method = o.Type.Lookup("__repr__");
        if (method is PyBuiltinFunction { IsSlot: false } && o is not PyInstance && BuiltinRepr(o) is { } builtin)
        {
            return builtin;
        }
        if (method is not null)
        {
            var r = CallMethod(method, o);
            return r is PyStr rs ? rs.Value : throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
        }
        return DefaultRepr(o);
    }

    public static string DefaultRepr(PyObject o) =>
        $"<{o.Type.FullName} object at 0x{Identity.Of(o):x12}>";

    public static string Str(PyObject o)
    {
        if (Override(o, "__str__") is { } userStr)
        {
            var us = CallMethod(userStr, o);
            return us is PyStr uss ? uss.Value : throw Errors.TypeError($"__str__ returned non-string (type {us.Type.Name})");
        }
        switch (o)
        {
            case PyStr s:
                return s.Value;
            case PyInt or PyLong or PyFloat or PyNone:
                // Builtin numbers print as their repr; skip the __str__ lookup and call.
                return Repr(o);
        }
        var method = o.Type.Lookup("__str__");
        if (method is not null)
        {
            var r = CallMethod(method, o);
            return r is PyStr rs ? rs.Value : throw Errors.TypeError($"__str__ returned non-string (type {r.Type.Name})");
        }
        return Repr(o);
    }

    /// <summary>repr of a str with CPython's quote choice and escapes (unicode_repr in unicodeobject.c).</summary>
    public static string StrRepr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\':
                    sb.Append("\\\\");
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
                    if (c == quote)
                    {
                        sb.Append('\\').Append(c);
                    }
                    else if (c < 0x20 || c == 0x7f)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else if (c < 0x7f)
                    {
                        sb.Append(c);
                    }
                    else
                    {
                        // Beyond ASCII, by code point: printable ones as they are, the rest escaped (unicode_repr).
                        var pair = char.IsSurrogatePair(s, i);
                        var cp = pair ? char.ConvertToUtf32(c, s[i + 1]) : c;
                        if (Text.UnicodeData.IsPrintable(cp))
                        {
                            sb.Append(s, i, pair ? 2 : 1);
                        }
                        else
                        {
                            sb.Append(cp < 0x100 ? "\\x" + cp.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)
                                : cp < 0x10000 ? "\\u" + cp.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)
                                : "\\U" + cp.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        if (pair)
                        {
                            i++;
                        }
                    }
                    break;
            }
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>CPython's numeric hash (Python/pyhash.c): integers modulo 2**61-1, so 1, 1.0 and True hash alike.</summary>
    public static long Hash(PyObject o)
    {
        // Exact str and int first: dict and set keys, without the interface test of a subclass.
        if (o is PyStr str && o is not PyStrSub)
        {
            return str.Hash();
        }
        if (o is PyInt integer && o is not PyIntSub)
        {
            return HashLong(integer.Value);
        }
        if (o is IUserSubclass)
        {
            var userHash = o.Type.Lookup("__hash__");
            if (userHash is PyNone)
            {
                throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");
            }
            if (userHash is PyFunction)
            {
                var hr = CallMethod(userHash, o);
                var hv = hr is PyInt hi ? hi.Value : hr is PyLong hl ? HashBig(hl.Value) : throw Errors.TypeError("__hash__ method should return an integer");
                return hv == -1 ? -2 : hv;
            }
        }
        switch (o)
        {
            case PyInt i:
                return HashLong(i.Value);
            case PyStr s:
                return s.Hash();
            case PyFloat f:
                return HashFloat(f.Value);
            case PyLong l:
                return HashBig(l.Value);
            case PyComplex c:
                return ComplexOps.Hash(c.Value);
            case PyBytes bytes:
                return PyStr.From(System.Text.Encoding.Latin1.GetString(bytes.Value)).Hash();
            case PyRange range:
                // range_hash: equal ranges hash alike, by (len, start, step) with the unused parts None.
                return HashTuple(PyTuple.Of(PyInt.From(range.Length),
                    range.Length == 0 ? PyNone.Instance : PyInt.From(range.Start),
                    range.Length <= 1 ? PyNone.Instance : PyInt.From(range.Step)));
            case PyTuple t:
                return HashTuple(t);
            case PyNone:
                return 0x5f3759df;
            case PyType or PyFunction or PyBuiltinFunction or PyCode or PyModule:
                return Identity.Of(o) >> 4;
            case PySet { Frozen: true } fs:
                long h = 0;
                foreach (var item in fs.ToArray())
                {
                    h ^= Hash(item) * 0x9e3779b1;
                }
                return h == -1 ? -2 : h;
            case PyList or PyDict or PySet or PyByteArray:
                throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");
        }
        var method = o.Type.Lookup("__hash__");
        if (method is PyNone)
        {
            throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");
        }
        if (method is not null && method is not PyBuiltinFunction { IsSlot: false })
        {
            var r = CallMethod(method, o);
            var v = r is PyInt ri ? ri.Value : r is PyLong rl ? HashBig(rl.Value) : throw Errors.TypeError("__hash__ method should return an integer");
            return v == -1 ? -2 : v;
        }
        if (o.Type.Lookup("__eq__") is PyFunction && o.Type.Dict.ContainsKey("__eq__") && !o.Type.Dict.ContainsKey("__hash__"))
        {
            throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");
        }
        return Identity.Of(o) >> 4;
    }

    private const long HashModulus = (1L << 61) - 1;

    public static long HashLong(long v)
    {
        if (v >= 0 && v < HashModulus)
        {
            return v;
        }
        if (v < 0 && v > -HashModulus)
        {
            return v == -1 ? -2 : v;
        }
        return HashBig(v);
    }

    public static long HashBig(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % HashModulus);
        if (v.Sign < 0)
        {
            r = -r;
        }
        return r == -1 ? -2 : r;
    }

    public static long HashFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return 0;
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? 314159 : -314159;
        }
        if (Math.Floor(d) == d && Math.Abs(d) < 9.2e18)
        {
            return HashLong((long)d);
        }
        // Non-integral floats: fold the mantissa as pyhash.c's _Py_HashDouble does.
        var m = Math.Abs(d);
        var frexp = Math.ILogB(m) + 1;
        m = Math.ScaleB(m, -frexp);
        long x = 0;
        var e = frexp;
        while (m != 0)
        {
            x = ((x << 28) & HashModulus) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            var y = (long)m;
            m -= y;
            x += y;
            if (x >= HashModulus)
            {
                x -= HashModulus;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & HashModulus) | (x >> (61 - e));
        if (d < 0)
        {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    private static long HashTuple(PyTuple t)
    {
        // xxHash-based tuplehash of CPython 3.8+ (Objects/tupleobject.c).
        const ulong prime1 = 11400714785074694791UL;
        const ulong prime2 = 14029467366897019727UL;
        const ulong prime5 = 2870177450012600261UL;
        var acc = prime5;
        foreach (var item in t.Items)
        {
            var lane = (ulong)Hash(item);
            acc += lane * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)t.Items.Length ^ (prime5 ^ 3527539UL);
        var result = (long)acc;
        return result == -1 ? 1546275796 : result;
    }

    public static bool EqualsForKey(PyObject a, PyObject b)
    {
        if (a is PyStr x && b is PyStr y && a is not PyStrSub && b is not PyStrSub)
        {
            return x.Value == y.Value;
        }
        if (a is IUserSubclass || b is IUserSubclass)
        {
            return Eq(a, b);
        }
        if (a is PyStr sa && b is PyStr sb)
        {
            return sa.Value == sb.Value;
        }
        if (a is PyInt ia && b is PyInt ib)
        {
            return ia.Value == ib.Value;
        }
        return Eq(a, b);
    }

    /// <summary>An object used as an index: int, bool or anything with __index__.</summary>
    public static long IndexValue(PyObject o)
    {
        switch (o)
        {
            case PyInt i:
                return i.Value;
            case PyLong:
                throw Errors.New(TypeObjects.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        var method = o.Type.Lookup("__index__");
        if (method is not null)
        {
            return IndexValue(CallMethod(method, o));
        }
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    public static BigInteger ToBig(PyObject o) => o switch
    {
        PyInt i => i.Value,
        PyLong l => l.Value,
        _ => throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer"),
    };

    public static bool IsInt(PyObject o) => o is PyInt or PyLong;

    public static bool TryToDouble(PyObject o, out double value)
    {
        switch (o)
        {
            case PyFloat f:
                value = f.Value;
                return true;
            case PyInt i:
                value = i.Value;
                return true;
            case PyLong l:
                value = BigToDouble(l.Value);
                return true;
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>int to float correctly rounded (half to even), as longobject.c's _PyLong_Frexp-based conversion.</summary>
    public static double BigToDouble(BigInteger v)
    {
        var magnitude = BigInteger.Abs(v);
        var bits = (int)magnitude.GetBitLength();
        if (bits <= 53)
        {
            return (double)v;
        }
        if (bits > 1024)
        {
            throw Errors.OverflowError("int too large to convert to float");
        }
        // Keep 54 bits (53 and a rounding bit) plus a sticky bit for everything below.
        var shift = bits - 54;
        var top = (ulong)(magnitude >> shift);
        var sticky = !(magnitude & ((BigInteger.One << shift) - 1)).IsZero;
        var mantissa = top >> 1;
        if ((top & 1) == 1 && (sticky || (mantissa & 1) == 1))
        {
            mantissa++;
        }
        var d = Math.ScaleB(mantissa, shift + 1);
        if (double.IsInfinity(d))
        {
            throw Errors.OverflowError("int too large to convert to float");
        }
        return v.Sign < 0 ? -d : d;
    }

    public static double ToDouble(PyObject o)
    {
        if (TryToDouble(o, out var d))
        {
            return d;
        }
        var method = o.Type.Lookup("__float__");
        if (method is not null && CallMethod(method, o) is PyFloat f)
        {
            return f.Value;
        }
        throw Errors.TypeError($"must be real number, not {o.Type.Name}");
    }

    public static bool IsInstance(PyObject o, PyType t) => o.Type.IsSubtypeOf(t);
}

/// <summary>id(): a stable number per object (CPython uses the address; we number objects on first request).</summary>
public static class Identity
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, object> Ids = new();
    private static long _next = 0x7f0000001000;

    public static long Of(PyObject o)
    {
        if (Ids.TryGetValue(o, out var id))
        {
            return (long)id;
        }
        _next += 48;
        Ids.Add(o, _next);
        return _next;
    }
}
