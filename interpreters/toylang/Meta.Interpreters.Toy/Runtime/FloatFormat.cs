using System.Globalization;
using System.Text;
using Meta.Jit;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// Floats print as Python's repr does: the shortest digits that read back as the same double,
/// in positional notation when the decimal exponent is in [-4, 16), otherwise as d.ddde+XX;
/// an integral value keeps a ".0" so that it never looks like an int.
/// </summary>
public static class FloatFormat
{
    // Pure, so a call_pure in traces: with a constant argument it folds to its text.
    [Elidable]
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }
        // .NET's "R" gives the shortest round-trip digits; only the layout differs from Python's.
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var text = new StringBuilder();
        if (value < 0)
        {
            text.Append('-');
        }
        // The value is 0.DIGITS * 10^exponent; Python's decimal exponent of the first digit is exponent - 1.
        var pointExponent = exponent - 1;
        if (pointExponent >= -4 && pointExponent < 16)
        {
            if (exponent <= 0)
            {
                text.Append("0.").Append('0', -exponent).Append(digits);
            }
            else if (exponent >= digits.Length)
            {
                text.Append(digits).Append('0', exponent - digits.Length).Append(".0");
            }
            else
            {
                text.Append(digits, 0, exponent).Append('.').Append(digits, exponent, digits.Length - exponent);
            }
        }
        else
        {
            text.Append(digits[0]);
            if (digits.Length > 1)
            {
                text.Append('.').Append(digits, 1, digits.Length - 1);
            }
            text.Append('e').Append(pointExponent < 0 ? '-' : '+');
            text.Append(Math.Abs(pointExponent).ToString("00", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The significant digits (no leading or trailing zeros) and the exponent e with value = 0.digits * 10^e.</summary>
    private static (string Digits, int Exponent) ShortestDigits(double positive)
    {
        var round = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = round.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(round.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            round = round[..e];
        }
        var point = round.IndexOf('.');
        var integerPart = point >= 0 ? round[..point] : round;
        var fraction = point >= 0 ? round[(point + 1)..] : "";
        var all = integerPart + fraction;
        exponent += integerPart.Length;
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }
        exponent -= leading;
        return (all[leading..].TrimEnd('0'), exponent);
    }
}
