using System.Numerics;
using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// Arithmetic of complex numbers with CPython's algorithms (Objects/complexobject.c): Smith's
/// division (_Py_c_quot) and exact repeated multiplication for small integer powers (c_powi),
/// so results agree with CPython bit for bit where System.Numerics.Complex would round differently.
/// </summary>
public static class ComplexOps
{
    /// <summary>A number as complex (bool, int, float, complex), false for anything else.</summary>
    public static bool TryToComplex(PyObject o, out Complex value)
    {
        if (o is PyComplex c)
        {
            value = c.Value;
            return true;
        }
        if (Ops.TryToDouble(o, out var d))
        {
            value = new Complex(d, 0);
            return true;
        }
        value = default;
        return false;
    }

    public static PyObject? Binary(Operator op, PyObject a, PyObject b)
    {
        if (!TryToComplex(a, out var x) || !TryToComplex(b, out var y))
        {
            return null;
        }
        return op switch
        {
            Operator.Add => new PyComplex(new Complex(x.Real + y.Real, x.Imaginary + y.Imaginary)),
            Operator.Sub => new PyComplex(new Complex(x.Real - y.Real, x.Imaginary - y.Imaginary)),
            Operator.Mult => new PyComplex(Multiply(x, y)),
            Operator.Div => new PyComplex(Divide(x, y)),
            Operator.Pow => new PyComplex(Power(x, y)),
            Operator.Mod or Operator.FloorDiv => throw Errors.TypeError($"unsupported operand type(s) for {(op == Operator.Mod ? "%" : "//")}: '{a.Type.Name}' and '{b.Type.Name}'"),
            _ => null,
        };
    }

    private static Complex Multiply(Complex x, Complex y) =>
        new(x.Real * y.Real - x.Imaginary * y.Imaginary, x.Real * y.Imaginary + x.Imaginary * y.Real);

    /// <summary>_Py_c_quot: Smith's method, scaling by the larger component of the divisor.</summary>
    private static Complex Divide(Complex a, Complex b)
    {
        var absBr = Math.Abs(b.Real);
        var absBi = Math.Abs(b.Imaginary);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                throw Errors.ZeroDivision("complex division by zero");
            }
            var ratio = b.Imaginary / b.Real;
            var denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            var ratio = b.Real / b.Imaginary;
            var denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    /// <summary>complex_pow: integral exponents up to 100 by repeated squaring (c_powi), else polar form (_Py_c_pow).</summary>
    private static Complex Power(Complex a, Complex b)
    {
        if (b.Imaginary == 0.0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100.0)
        {
            var n = (int)b.Real;
            if (n >= 0)
            {
                return PowerUnsigned(a, n);
            }
            return Divide(new Complex(1, 0), PowerUnsigned(a, -n));
        }
        if (b.Real == 0.0 && b.Imaginary == 0.0)
        {
            return new Complex(1, 0);
        }
        if (a.Real == 0.0 && a.Imaginary == 0.0)
        {
            if (b.Imaginary != 0.0 || b.Real < 0.0)
            {
                throw Errors.ZeroDivision("0.0 to a negative or complex power");
            }
            return new Complex(0, 0);
        }
        var vabs = Math.Sqrt(a.Real * a.Real + a.Imaginary * a.Imaginary);
        var len = Math.Pow(vabs, b.Real);
        var at = Math.Atan2(a.Imaginary, a.Real);
        var phase = at * b.Real;
        if (b.Imaginary != 0.0)
        {
            len /= Math.Exp(at * b.Imaginary);
            phase += b.Imaginary * Math.Log(vabs);
        }
        return new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    private static Complex PowerUnsigned(Complex x, int n)
    {
        var r = new Complex(1, 0);
        var p = x;
        for (var mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0)
            {
                r = Multiply(r, p);
            }
            p = Multiply(p, p);
        }
        return r;
    }

    /// <summary>complex_hash: hash(real) + 1000003 * hash(imag), so hash(1+0j) == hash(1).</summary>
    public static long Hash(Complex c)
    {
        var h = Ops.HashFloat(c.Real) + 1000003L * Ops.HashFloat(c.Imaginary);
        return h == -1 ? -2 : h;
    }

    /// <summary>complex(string): "1+2j", "-3.5j", "(1-1j)", "2" (complex_subtype_from_string).</summary>
    public static Complex Parse(string text)
    {
        var s = text.Trim();
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            s = s[1..^1].Trim();
        }
        if (s.Length == 0)
        {
            throw Errors.ValueError("complex() arg is a malformed string");
        }
        if (!s.EndsWith('j') && !s.EndsWith('J'))
        {
            return new Complex(ParsePart(s), 0);
        }
        var body = s[..^1];
        // The split is the last sign that does not follow an exponent marker.
        for (var i = body.Length - 1; i > 0; i--)
        {
            if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E')
            {
                return new Complex(ParsePart(body[..i]), ParseImaginary(body[i..]));
            }
        }
        return new Complex(0, ParseImaginary(body));
    }

    private static double ParseImaginary(string s) => s is "" or "+" ? 1.0 : s == "-" ? -1.0 : ParsePart(s);

    private static double ParsePart(string s)
    {
        if (s.Length == 0 || char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || !Builtins.NumberMethods.TryParseFloat(s, out var d))
        {
            throw Errors.ValueError("complex() arg is a malformed string");
        }
        return d;
    }
}
