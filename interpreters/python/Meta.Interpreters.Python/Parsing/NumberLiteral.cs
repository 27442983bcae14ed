using System.Globalization;
using System.Numerics;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>Converts NUMBER token text (already validated by the tokenizer) to its Python value.</summary>
internal static class NumberLiteral
{
    /// <summary>Returns long or BigInteger for ints, double for floats, Complex for imaginary literals.</summary>
    public static object Parse(string text)
    {
        var s = text.Contains('_') ? text.Replace("_", "") : text;
        var last = s[^1];
        if (last is 'j' or 'J')
        {
            return new Complex(0, ParseFloat(s[..^1]));
        }

        if (s.Length > 1 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'x' or 'o' or 'b')
        {
            var radix = char.ToLowerInvariant(s[1]) switch
            {
                'x' => 16,
                'o' => 8,
                _ => 2,
            };
            return Normalize(ParseRadix(s.AsSpan(2), radix));
        }

        if (s.Contains('.') || s.Contains('e') || s.Contains('E'))
        {
            return ParseFloat(s);
        }

        if (s.Length <= 18)
        {
            return long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return Normalize(BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>.NET's double parser is correctly rounded and overflows to infinity, as CPython's.</summary>
    private static double ParseFloat(string s) =>
        double.Parse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            var d = c <= '9' ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;
            value = value * radix + d;
        }

        return value;
    }

    private static object Normalize(BigInteger v) => v <= long.MaxValue ? (long)v : v;
}
