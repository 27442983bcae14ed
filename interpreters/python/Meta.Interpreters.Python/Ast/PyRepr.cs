using System.Globalization;
using System.Numerics;
using System.Text;

namespace Meta.Interpreters.Python.Ast;

/// <summary>Python's <c>repr()</c> of the constant types an AST can hold, character for character as CPython 3.11.</summary>
public static class PyRepr
{
    public static string Of(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        Complex c => ComplexRepr(c),
        string s => Str(s),
        CodePointString cps => Str(cps.CodePoints),
        byte[] bytes => Bytes(bytes),
        EllipsisValue => "Ellipsis",
        _ => throw new ArgumentException($"not a Python constant: {value.GetType()}", nameof(value)),
    };

    /// <summary>float.__repr__: shortest round-trip digits, exponent form when the exponent is below -4 or above 15.</summary>
    public static string Float(double d) => FormatShortest(d, addDotZero: true);

    private static string ComplexRepr(Complex c)
    {
        // Literals only produce a zero real part; CPython then prints just the imaginary part.
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            return FormatShortest(c.Imaginary, addDotZero: false) + "j";
        }

        var imag = FormatShortest(c.Imaginary, addDotZero: false);
        var sign = imag.StartsWith('-') || double.IsNaN(c.Imaginary) ? "" : "+";
        return "(" + FormatShortest(c.Real, addDotZero: false) + sign + imag + "j)";
    }

    private static string FormatShortest(double d, bool addDotZero)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        var negative = double.IsNegative(d);
        if (d == 0)
        {
            return (negative ? "-0" : "0") + (addDotZero ? ".0" : "");
        }

        // "E16" would round; "R" gives the shortest round-trip digits, which we re-layout.
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var ePos = r.IndexOf('E');
        if (ePos >= 0)
        {
            exponent = int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..ePos];
        }

        var dot = r.IndexOf('.');
        var intPart = dot >= 0 ? r[..dot] : r;
        var fracPart = dot >= 0 ? r[(dot + 1)..] : "";
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - (intPart + fracPart).TrimStart('0').Length;
        // decpt: position of the decimal point relative to the start of `digits` (value = 0.digits * 10^decpt).
        var decpt = intPart.Length - leadingZeros + exponent;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            var e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero)
            {
                sb.Append(".0");
            }
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }

        return sb.ToString();
    }

    /// <summary>str.__repr__: single quotes unless the text has a single quote and no double quote.</summary>
    public static string Str(string s) => Str(CodePointString.CodePointsOf(s));

    /// <summary>str.__repr__ of a sequence of code points.</summary>
    public static string Str(IReadOnlyList<int> s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Count + 2);
        sb.Append(quote);
        foreach (var cp in s)
        {
            if (cp == quote || cp == '\\')
            {
                sb.Append('\\').Append((char)cp);
            }
            else if (cp == '\t')
            {
                sb.Append("\\t");
            }
            else if (cp == '\n')
            {
                sb.Append("\\n");
            }
            else if (cp == '\r')
            {
                sb.Append("\\r");
            }
            else if (cp < ' ' || cp == 0x7f)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x7f)
            {
                sb.Append((char)cp);
            }
            else if (IsPrintable(cp))
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else if (cp <= 0xff)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp <= 0xffff)
            {
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>str.isprintable for one code point, by Python 3.11's Unicode database.</summary>
    public static bool IsPrintable(int cp) => Text.UnicodeData.IsPrintable(cp);

    /// <summary>bytes.__repr__.</summary>
    public static string Bytes(byte[] bytes)
    {
        var quote = Array.IndexOf(bytes, (byte)'\'') >= 0 && Array.IndexOf(bytes, (byte)'"') < 0 ? '"' : '\'';
        var sb = new StringBuilder(bytes.Length + 3);
        sb.Append('b').Append(quote);
        foreach (var b in bytes)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < ' ' || b >= 0x7f)
            {
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }
}
