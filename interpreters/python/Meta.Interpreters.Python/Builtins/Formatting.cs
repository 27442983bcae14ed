using System.Globalization;
using System.Numerics;
using System.Text;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>format(value, spec): the format mini-language of int, float and str (Python/formatter_unicode.c).</summary>
public static class Formatting
{
    public static string Format(PyObject value, string spec)
    {
        if (value is PyInstance or PyType && value.Type.Lookup("__format__") is { } method and not PyBuiltinFunction)
        {
            return Ops.Str(Ops.CallMethod(method, value, PyStr.From(spec)));
        }
        if (spec.Length == 0)
        {
            return Ops.Str(value);
        }
        var s = Spec.Parse(spec);
        switch (value)
        {
            case PyBool b when s.Type == '\0':
                return Align(b.Value != 0 ? "True" : "False", s, '<');
            case PyInt or PyLong:
                if (s.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
                {
                    return FormatFloat(Ops.ToDouble(value), s);
                }
                return FormatInt(Ops.ToBig(value), s);
            case PyFloat f:
                return FormatFloat(f.Value, s);
            case PyStr str:
                if (s.Type is not ('\0' or 's'))
                {
                    throw Errors.ValueError($"Unknown format code '{s.Type}' for object of type 'str'");
                }
                if (s.Align == '=')
                {
                    throw Errors.ValueError("'=' alignment not allowed in string format specifier");
                }
                var text = s.Precision >= 0 && s.Precision < str.Length ? str.Value[..CodePoints.ToUtf16(str.Value, s.Precision)] : str.Value;
                return Align(text, s, '<');
            default:
                if (spec.Length > 0)
                {
                    throw Errors.TypeError($"unsupported format string passed to {value.Type.Name}.__format__");
                }
                return Ops.Str(value);
        }
    }

    private sealed class Spec
    {
        public char Fill = ' ';
        public char Align;
        public char Sign = '-';
        public bool Alternate;
        public bool Zero;
        public int Width = -1;
        public char Grouping;
        public int Precision = -1;
        public char Type;

        public static Spec Parse(string spec)
        {
            var s = new Spec();
            var i = 0;
            if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=')
            {
                s.Fill = spec[0];
                s.Align = spec[1];
                i = 2;
            }
            else if (spec.Length >= 1 && spec[0] is '<' or '>' or '^' or '=')
            {
                s.Align = spec[0];
                i = 1;
            }
            if (i < spec.Length && spec[i] is '+' or '-' or ' ')
            {
                s.Sign = spec[i++];
            }
            if (i < spec.Length && spec[i] == '#')
            {
                s.Alternate = true;
                i++;
            }
            if (i < spec.Length && spec[i] == '0')
            {
                s.Zero = true;
                i++;
            }
            var start = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]))
            {
                i++;
            }
            if (i > start)
            {
                s.Width = int.Parse(spec[start..i], CultureInfo.InvariantCulture);
            }
            if (i < spec.Length && spec[i] is ',' or '_')
            {
                s.Grouping = spec[i++];
            }
            if (i < spec.Length && spec[i] == '.')
            {
                i++;
                start = i;
                while (i < spec.Length && char.IsAsciiDigit(spec[i]))
                {
                    i++;
                }
                if (i == start)
                {
                    throw Errors.ValueError("Format specifier missing precision");
                }
                s.Precision = int.Parse(spec[start..i], CultureInfo.InvariantCulture);
            }
            if (i < spec.Length)
            {
                s.Type = spec[i++];
            }
            if (i < spec.Length)
            {
                throw Errors.ValueError("Invalid format specifier");
            }
            if (s.Zero && s.Align == '\0')
            {
                s.Fill = '0';
                s.Align = '=';
            }
            return s;
        }
    }

    private static string FormatInt(BigInteger v, Spec s)
    {
        var negative = v.Sign < 0;
        var abs = BigInteger.Abs(v);
        string digits;
        var prefix = "";
        switch (s.Type)
        {
            case '\0' or 'd' or 'n':
                digits = abs.ToString(CultureInfo.InvariantCulture);
                break;
            case 'x' or 'X':
                digits = ToBase(abs, 16);
                if (s.Type == 'X')
                {
                    digits = digits.ToUpperInvariant();
                }
                prefix = s.Alternate ? (s.Type == 'X' ? "0X" : "0x") : "";
                break;
            case 'o':
                digits = ToBase(abs, 8);
                prefix = s.Alternate ? "0o" : "";
                break;
            case 'b':
                digits = ToBase(abs, 2);
                prefix = s.Alternate ? "0b" : "";
                break;
            case 'c':
                digits = char.ConvertFromUtf32((int)v);
                negative = false;
                break;
            default:
                throw Errors.ValueError($"Unknown format code '{s.Type}' for object of type 'int'");
        }
        if (s.Grouping != '\0')
        {
            digits = Group(digits, s.Grouping, s.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3);
        }
        var sign = negative ? "-" : s.Sign == '+' ? "+" : s.Sign == ' ' ? " " : "";
        return Pad(sign + prefix, digits, s, '>');
    }

    public static string ToBase(BigInteger v, int radix)
    {
        if (v.IsZero)
        {
            return "0";
        }
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            var d = (int)(v % radix);
            sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
            v /= radix;
        }
        return sb.ToString();
    }

    private static string Group(string digits, char separator, int size)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % size == 0)
            {
                sb.Append(separator);
            }
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    private static string FormatFloat(double d, Spec s)
    {
        var negative = d < 0 || (d == 0 && double.IsNegative(d));
        var abs = Math.Abs(d);
        var precision = s.Precision < 0 ? 6 : s.Precision;
        string body;
        switch (s.Type)
        {
            case 'f' or 'F':
                body = FloatFormatting.FormatFixed(abs, precision);
                if (s.Type == 'F')
                {
                    body = body.ToUpperInvariant();
                }
                if (s.Alternate && precision == 0 && double.IsFinite(abs))
                {
                    body += ".";
                }
                break;
            case 'e' or 'E':
                body = FloatFormatting.FormatExponent(abs, precision, s.Type == 'E');
                if (s.Alternate && precision == 0 && double.IsFinite(abs))
                {
                    body = body.Insert(1, ".");
                }
                break;
            case 'g' or 'G':
                body = FloatFormatting.FormatGeneral(abs, precision, s.Type == 'G', s.Alternate);
                break;
            case '%':
                body = FloatFormatting.FormatFixed(abs * 100, precision) + "%";
                break;
            case '\0':
                body = s.Precision < 0 ? FloatFormatting.Repr(abs) : FloatFormatting.FormatGeneral(abs, precision, false, s.Alternate, addDotZero: true);
                break;
            case 'n':
                body = FloatFormatting.FormatGeneral(abs, precision, false);
                break;
            default:
                throw Errors.ValueError($"Unknown format code '{s.Type}' for object of type 'float'");
        }
        if (s.Grouping != '\0')
        {
            var dot = body.IndexOfAny(['.', 'e', '%']);
            var intPart = dot < 0 ? body : body[..dot];
            body = Group(intPart, s.Grouping, 3) + (dot < 0 ? "" : body[dot..]);
        }
        var sign = negative && !double.IsNaN(d) ? "-" : s.Sign == '+' ? "+" : s.Sign == ' ' ? " " : "";
        return Pad(sign, body, s, '>');
    }

    private static string Pad(string sign, string body, Spec s, char defaultAlign)
    {
        var total = sign.Length + CodePoints.Count(body);
        if (s.Width <= total)
        {
            return sign + body;
        }
        var padding = s.Width - total;
        var align = s.Align == '\0' ? defaultAlign : s.Align;
        return align switch
        {
            '<' => sign + body + new string(s.Fill, padding),
            '^' => new string(s.Fill, padding / 2) + sign + body + new string(s.Fill, padding - (padding / 2)),
            '=' => sign + new string(s.Fill, padding) + body,
            _ => new string(s.Fill, padding) + sign + body,
        };
    }

    private static string Align(string text, Spec s, char defaultAlign) => Pad("", text, s, defaultAlign);
}
