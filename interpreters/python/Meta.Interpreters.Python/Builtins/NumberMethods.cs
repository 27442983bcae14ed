using System.Globalization;
using System.Numerics;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>
/// Methods of int, float and complex that convert between representations: bytes (int.to_bytes,
/// int.from_bytes: Objects/longobject.c), hexadecimal floats (float.hex, float.fromhex:
/// Objects/floatobject.c) and the complex constructor (Objects/complexobject.c).
/// </summary>
public static class NumberMethods
{
    public static void Register()
    {
        var i = TypeObjects.Int;
        Def.Method(i, "to_bytes", (a, k) => new PyBytes(ToBytes(Ops.ToBig(a[0]), (int)Ops.IndexValue(Def.Arg(a, k, 1, "length") ?? PyInt.From(1)), ByteOrder(a, k, 2), k?.Get("signed") is { } s && Ops.IsTrue(s))));
        i.Dict["from_bytes"] = new PyClassMethod(new PyBuiltinFunction("from_bytes", (a, k) => FromBytes(Conversions.ToArray(Def.Arg(a, k, 1, "bytes")!), ByteOrder(a, k, 2), k?.Get("signed") is { } s && Ops.IsTrue(s))));
        Def.Method(i, "as_integer_ratio", (a, _) => PyTuple.Of(Ops.Positive(a[0]), PyInt.From(1)));
        foreach (var numeric in new[] { TypeObjects.Int, TypeObjects.Float, TypeObjects.Complex, TypeObjects.Str })
        {
            Def.Method(numeric, "__format__", (a, _) => PyStr.From(Formatting.Format(a[0], ((PyStr)a[1]).Value)));
        }
        var f = TypeObjects.Float;
        Def.Method(f, "hex", (a, _) => PyStr.From(FloatHex(((PyFloat)a[0]).Value)));
        f.Dict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", (a, _) => new PyFloat(FloatFromHex(((PyStr)a[1]).Value))));
        Def.Method(f, "conjugate", (a, _) => a[0]);
        var c = TypeObjects.Complex;
        TypeObjects.Complex.NativeNew = (t, a, k) => NewComplex(a);
        Def.Method(c, "conjugate", (a, _) => new PyComplex(Complex.Conjugate(((PyComplex)a[0]).Value)));
    }

    private static string ByteOrder(PyObject[] a, PyDict? k, int index)
    {
        var order = Def.Arg(a, k, index, "byteorder") is PyStr s ? s.Value : "big";
        if (order is not ("big" or "little"))
        {
            throw Errors.ValueError("byteorder must be either 'little' or 'big'");
        }
        return order;
    }

    /// <summary>int.to_bytes: two's complement when signed, OverflowError when the value does not fit.</summary>
    private static byte[] ToBytes(BigInteger v, int length, string order, bool signed)
    {
        if (v.Sign < 0 && !signed)
        {
            throw Errors.New(TypeObjects.OverflowError, "can't convert negative int to unsigned");
        }
        var raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        // ToByteArray keeps a sign byte a positive signed value may not need: trim it when it is redundant.
        var needed = raw.Length;
        if (v.IsZero)
        {
            needed = 0;
        }
        if (needed > length)
        {
            throw Errors.New(TypeObjects.OverflowError, "int too big to convert");
        }
        var result = new byte[length];
        var fill = v.Sign < 0 ? (byte)0xFF : (byte)0;
        for (var j = 0; j < length; j++)
        {
            result[j] = j < raw.Length ? raw[j] : fill;
        }
        if (order == "big")
        {
            Array.Reverse(result);
        }
        return result;
    }

    private static PyObject FromBytes(PyObject[] items, string order, bool signed)
    {
        var bytes = new byte[items.Length];
        for (var j = 0; j < items.Length; j++)
        {
            bytes[j] = (byte)Ops.IndexValue(items[j]);
        }
        return PyInt.FromBig(new BigInteger(bytes, isUnsigned: !signed, isBigEndian: order == "big"));
    }

    /// <summary>float.hex: [-]0x1.&lt;13 hex digits&gt;p&lt;exp&gt;, subnormals as 0x0.…p-1022 (float_hex).</summary>
    public static string FloatHex(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }
        var sign = double.IsNegative(d) ? "-" : "";
        if (d == 0)
        {
            return sign + "0x0.0p+0";
        }
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        var lead = exponent == 0 ? 0 : 1;
        var e = exponent == 0 ? -1022 : exponent - 1023;
        return $"{sign}0x{lead}.{mantissa:x13}p{(e >= 0 ? "+" : "")}{e}";
    }

    /// <summary>float.fromhex: an optional sign, 0x, hex digits with an optional point, an optional binary exponent.</summary>
    public static double FloatFromHex(string text)
    {
        var s = text.Trim().ToLowerInvariant();
        var negative = s.StartsWith('-');
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            s = s[1..];
        }
        if (s is "inf" or "infinity")
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (s == "nan")
        {
            return double.NaN;
        }
        if (s.StartsWith("0x"))
        {
            s = s[2..];
        }
        var p = s.IndexOf('p');
        var exponent = 0;
        if (p >= 0)
        {
            if (!int.TryParse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                throw Errors.ValueError("invalid hexadecimal floating-point string");
            }
            s = s[..p];
        }
        var point = s.IndexOf('.');
        var digits = point >= 0 ? s.Remove(point, 1) : s;
        if (digits.Length == 0)
        {
            throw Errors.ValueError("invalid hexadecimal floating-point string");
        }
        BigInteger m = 0;
        foreach (var ch in digits)
        {
            var v = HexValue(ch);
            if (v < 0)
            {
                throw Errors.ValueError("invalid hexadecimal floating-point string");
            }
            m = m * 16 + v;
        }
        exponent -= point >= 0 ? 4 * (digits.Length - point) : 0;
        var value = Ops.BigToDouble(m) * Math.Pow(2, exponent);
        if (double.IsInfinity(value))
        {
            throw Errors.New(TypeObjects.OverflowError, "hexadecimal value too large to represent as a float");
        }
        return negative ? -value : value;
    }

    private static int HexValue(char ch) => ch switch
    {
        >= '0' and <= '9' => ch - '0',
        >= 'a' and <= 'f' => ch - 'a' + 10,
        _ => -1,
    };

    /// <summary>
    /// Any Unicode decimal digit as its ASCII digit and any Unicode space as ' ', as int() and
    /// float() read their strings (_PyUnicode_TransformDecimalAndSpaceToASCII).
    /// </summary>
    public static string ToAsciiDigits(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c > 0x7F)
            {
                if (char.IsWhiteSpace(c))
                {
                    chars[i] = ' ';
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)
                {
                    chars[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
                }
            }
        }
        return new string(chars);
    }

    /// <summary>A Python float literal as float() accepts it (underscores between digits, inf, nan).</summary>
    public static bool TryParseFloat(string text, out double value)
    {
        var t = ToAsciiDigits(text).Trim().ToLowerInvariant();
        switch (t)
        {
            case "inf" or "+inf" or "infinity" or "+infinity":
                value = double.PositiveInfinity;
                return true;
            case "-inf" or "-infinity":
                value = double.NegativeInfinity;
                return true;
            case "nan" or "+nan" or "-nan":
                value = double.NaN;
                return true;
        }
        if (t.Length == 0 || t.Contains("__") || t.StartsWith('_') || t.EndsWith('_') || t.Contains("_.") || t.Contains("._"))
        {
            value = 0;
            return false;
        }
        foreach (var ch in t)
        {
            if (!(char.IsAsciiDigit(ch) || ch is '.' or 'e' or '+' or '-' or '_'))
            {
                value = 0;
                return false;
            }
        }
        return double.TryParse(t.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static PyObject NewComplex(PyObject[] a)
    {
        if (a.Length > 0 && a[0] is PyStr s)
        {
            if (a.Length > 1)
            {
                throw Errors.TypeError("complex() can't take second arg if first is a string");
            }
            return new PyComplex(ComplexOps.Parse(s.Value));
        }
        var real = a.Length > 0 ? ToComplexArg(a[0], "first") : Complex.Zero;
        if (a.Length < 2)
        {
            return new PyComplex(real);
        }
        var imag = ToComplexArg(a[1], "second");
        // complex(a, b) is a + b*1j; the cross terms are added only for complex arguments, so
        // complex(0.0, -0.0) keeps its negative zero (complex_new).
        var re = a[1] is PyComplex ? real.Real - imag.Imaginary : real.Real;
        var im = a[0] is PyComplex ? real.Imaginary + imag.Real : imag.Real;
        return new PyComplex(new Complex(re, im));
    }

    private static Complex ToComplexArg(PyObject o, string which)
    {
        if (ComplexOps.TryToComplex(o, out var c))
        {
            return c;
        }
        throw Errors.TypeError(which == "first"
            ? $"complex() first argument must be a string or a number, not '{o.Type.Name}'"
            : $"complex() second argument must be a number, not '{o.Type.Name}'");
    }
}
