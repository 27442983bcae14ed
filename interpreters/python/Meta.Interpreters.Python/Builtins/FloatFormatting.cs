using System.Globalization;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>float repr and the f/e/g/% presentations (Python/pystrtod.c PyOS_double_to_string).</summary>
public static class FloatFormatting
{
    /// <summary>repr(float): shortest round-trip digits; scientific when the exponent is below -4 or at least 16.</summary>
    public static string Repr(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0)
        {
            return double.IsNegative(d) ? "-0.0" : "0.0";
        }
        var (negative, digits, exponent) = ShortestDigits(d);
        var sign = negative ? "-" : "";
        // exponent: the value is 0.DIGITS * 10**exponent; decimal point position = exponent.
        var decpt = exponent;
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
            {
                return sign + "0." + new string('0', -decpt) + digits;
            }
            if (decpt >= digits.Length)
            {
                return sign + digits + new string('0', decpt - digits.Length) + ".0";
            }
            return sign + digits[..decpt] + "." + digits[decpt..];
        }
        var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        var e = decpt - 1;
        return sign + mantissa + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The shortest digits that round-trip (.NET's "R" gives them) and the decimal point position.</summary>
    private static (bool Negative, string Digits, int Exponent) ShortestDigits(double d)
    {
        var s = Math.Abs(d).ToString("E16", CultureInfo.InvariantCulture);
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var ePos = r.IndexOfAny(['E', 'e']);
        var mantissa = ePos >= 0 ? r[..ePos] : r;
        var exp = ePos >= 0 ? int.Parse(r[(ePos + 1)..], CultureInfo.InvariantCulture) : 0;
        var dot = mantissa.IndexOf('.');
        string digits;
        int pointPos;
        if (dot >= 0)
        {
            digits = mantissa[..dot] + mantissa[(dot + 1)..];
            pointPos = dot;
        }
        else
        {
            digits = mantissa;
            pointPos = mantissa.Length;
        }
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }
        digits = digits[lead..];
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }
        _ = s;
        return (d < 0, digits, pointPos + exp);
    }

    public static string FormatFixed(double d, int precision) =>
        double.IsFinite(d) ? d.ToString("F" + precision, CultureInfo.InvariantCulture) : NonFinite(d);

    public static string FormatExponent(double d, int precision, bool upper)
    {
        if (!double.IsFinite(d))
        {
            return upper ? NonFinite(d).ToUpperInvariant() : NonFinite(d);
        }
        var s = d.ToString((upper ? "E" : "e") + precision, CultureInfo.InvariantCulture);
        // .NET writes three exponent digits (1.5e+003); Python writes at least two.
        var ePos = s.IndexOfAny(['e', 'E']);
        var expSign = s[ePos + 1];
        var expDigits = s[(ePos + 2)..].TrimStart('0');
        if (expDigits.Length < 2)
        {
            expDigits = expDigits.PadLeft(2, '0');
        }
        return s[..(ePos + 1)] + expSign + expDigits;
    }

    /// <summary>The 'g' presentation: precision significant digits, trailing zeros removed unless <paramref name="alternate"/>.</summary>
    /// <summary>
    /// The 'g' presentation; with <paramref name="addDotZero"/> (format's empty type with a
    /// precision) exponent notation starts one digit earlier and a fixed result keeps ".0", as
    /// PyOS_double_to_string's Py_DTSF_ADD_DOT_0 does (Python/pystrtod.c format_float_short).
    /// </summary>
    public static string FormatGeneral(double d, int precision, bool upper, bool alternate = false, bool addDotZero = false)
    {
        if (!double.IsFinite(d))
        {
            return upper ? NonFinite(d).ToUpperInvariant() : NonFinite(d);
        }
        if (precision == 0)
        {
            precision = 1;
        }
        if (d == 0)
        {
            return (double.IsNegative(d) ? "-" : "") + (alternate ? "0." + new string('0', precision - 1) : addDotZero ? "0.0" : "0");
        }
        var exp = FormatExponent(d, precision - 1, upper);
        var ePos = exp.IndexOfAny(['e', 'E']);
        var x = int.Parse(exp[(ePos + 1)..], CultureInfo.InvariantCulture);
        string result;
        if (x >= -4 && x < precision - (addDotZero ? 1 : 0))
        {
            result = FormatFixed(d, precision - 1 - x);
            if (!alternate && result.Contains('.'))
            {
                result = result.TrimEnd('0').TrimEnd('.');
            }
            if (addDotZero && !result.Contains('.'))
            {
                result += ".0";
            }
        }
        else
        {
            var mantissa = exp[..ePos];
            if (!alternate && mantissa.Contains('.'))
            {
                mantissa = mantissa.TrimEnd('0').TrimEnd('.');
            }
            result = mantissa + exp[ePos..];
        }
        return result;
    }

    private static string NonFinite(double d) => double.IsNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
}
