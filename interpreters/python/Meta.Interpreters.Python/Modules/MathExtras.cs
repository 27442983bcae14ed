using System.Numerics;
using System.Runtime.InteropServices;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The math functions CPython 3.11 takes from the C library (Modules/mathmodule.c: acosh, asinh,
/// atanh, cbrt, erf, erfc, exp2, expm1, log1p, nextafter), called in the same libm so the results
/// are CPython's to the bit, with math_1's error rules; and frexp, ldexp, modf, remainder, ulp,
/// perm. Added to the core's math module as Sys.Extend adds to sys.
/// </summary>
public static class MathExtras
{
    private static class Libm
    {
        [DllImport("libm.so.6")]
        public static extern double acosh(double x);

        [DllImport("libm.so.6")]
        public static extern double asinh(double x);

        [DllImport("libm.so.6")]
        public static extern double atanh(double x);

        [DllImport("libm.so.6")]
        public static extern double cbrt(double x);

        [DllImport("libm.so.6")]
        public static extern double erf(double x);

        [DllImport("libm.so.6")]
        public static extern double erfc(double x);

        [DllImport("libm.so.6")]
        public static extern double exp2(double x);

        [DllImport("libm.so.6")]
        public static extern double expm1(double x);

        [DllImport("libm.so.6")]
        public static extern double log1p(double x);

        [DllImport("libm.so.6")]
        public static extern double nextafter(double x, double y);
    }

    public static PyModule Extend(PyModule m)
    {
        var d = m.Dict;
        One(d, "acosh", Libm.acosh, canOverflow: false);
        One(d, "asinh", Libm.asinh, canOverflow: false);
        One(d, "atanh", Libm.atanh, canOverflow: false);
        One(d, "cbrt", Libm.cbrt, canOverflow: false);
        One(d, "erf", Libm.erf, canOverflow: false);
        One(d, "erfc", Libm.erfc, canOverflow: false);
        One(d, "exp2", Libm.exp2, canOverflow: true);
        One(d, "expm1", Libm.expm1, canOverflow: true);
        One(d, "log1p", Libm.log1p, canOverflow: false);
        Def.Function(d, "nextafter", (a, _) => new PyFloat(Libm.nextafter(Float(a, 0, "nextafter", 2), Ops.ToDouble(a[1]))));
        Def.Function(d, "frexp", (a, _) => Frexp(Float(a, 0, "frexp", 1)));
        Def.Function(d, "ldexp", (a, _) => Ldexp(Float(a, 0, "ldexp", 2), a[1]));
        Def.Function(d, "modf", (a, _) => Modf(Float(a, 0, "modf", 1)));
        Def.Function(d, "remainder", (a, _) => new PyFloat(Remainder(Float(a, 0, "remainder", 2), Ops.ToDouble(a[1]))));
        Def.Function(d, "ulp", (a, _) => new PyFloat(Ulp(Float(a, 0, "ulp", 1))));
        Def.Function(d, "perm", Perm);
        return m;
    }

    private static double Float(PyObject[] a, int i, string function, int count)
    {
        if (a.Length != count)
        {
            throw Errors.TypeError(count == 1 ? $"math.{function}() takes exactly one argument ({a.Length} given)" : $"{function} expected {count} arguments, got {a.Length}");
        }
        return Ops.ToDouble(a[i]);
    }

    /// <summary>math_1: NaN from a number is a domain error; infinity from a finite number is a range error when the function can overflow, else a domain error.</summary>
    private static void One(PyDict d, string name, Func<double, double> f, bool canOverflow) =>
        Def.Function(d, name, (a, _) =>
        {
            var x = Float(a, 0, name, 1);
            var r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x))
            {
                throw Errors.ValueError("math domain error");
            }
            if (double.IsInfinity(r) && double.IsFinite(x))
            {
                throw canOverflow ? Errors.OverflowError("math range error") : Errors.ValueError("math domain error");
            }
            return new PyFloat(r);
        });

    /// <summary>frexp: mantissa in [0.5, 1) and exponent; zeros, infinities and NaN come back with exponent 0.</summary>
    private static PyObject Frexp(double x)
    {
        if (x == 0 || !double.IsFinite(x))
        {
            return PyTuple.Of(new PyFloat(x), PyInt.From(0));
        }
        var e = Math.ILogB(x) + 1;
        var m = Math.ScaleB(x, -e);
        // Subnormals: ILogB is exact, so m is already in range; keep the invariant anyway.
        while (Math.Abs(m) < 0.5)
        {
            m *= 2;
            e--;
        }
        return PyTuple.Of(new PyFloat(m), PyInt.From(e));
    }

    private static PyObject Ldexp(double x, PyObject exp)
    {
        if (!Ops.IsInt(exp))
        {
            throw Errors.TypeError("Expected an int as second argument to ldexp.");
        }
        var big = Ops.ToBig(exp);
        if (x == 0 || !double.IsFinite(x))
        {
            return new PyFloat(x);
        }
        var e = big > 100000 ? 100000 : big < -100000 ? -100000 : (int)big;
        var r = Math.ScaleB(x, e);
        return double.IsInfinity(r) ? throw Errors.OverflowError("math range error") : new PyFloat(r);
    }

    private static PyObject Modf(double x)
    {
        if (double.IsInfinity(x))
        {
            return PyTuple.Of(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
        }
        var whole = Math.Truncate(x);
        return PyTuple.Of(new PyFloat(Math.CopySign(x - whole, x)), new PyFloat(whole));
    }

    /// <summary>m_remainder: IEEE 754 remainder; an infinite x or a zero y is a domain error.</summary>
    private static double Remainder(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.NaN;
        }
        if (double.IsInfinity(x) || y == 0)
        {
            throw Errors.ValueError("math domain error");
        }
        return double.IsInfinity(y) ? x : Math.IEEERemainder(x, y);
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }
        x = Math.Abs(x);
        if (double.IsInfinity(x))
        {
            return x;
        }
        var next = Math.BitIncrement(x);
        return double.IsInfinity(next) ? x - Math.BitDecrement(x) : next - x;
    }

    private static PyObject Perm(PyObject[] a, PyDict? k)
    {
        if (a.Length is < 1 or > 2)
        {
            throw Errors.TypeError($"perm expected at most 2 arguments, got {a.Length}");
        }
        var n = Ops.ToBig(Ops.IsInt(a[0]) ? a[0] : throw Errors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer"));
        var factorial = a.Length == 1 || a[1] is PyNone;
        if (n < 0)
        {
            throw Errors.ValueError(factorial ? "factorial() not defined for negative values" : "n must be a non-negative integer");
        }
        var kk = factorial ? n : Ops.ToBig(Ops.IsInt(a[1]) ? a[1] : throw Errors.TypeError($"'{a[1].Type.Name}' object cannot be interpreted as an integer"));
        if (kk < 0)
        {
            throw Errors.ValueError("k must be a non-negative integer");
        }
        if (kk > n)
        {
            return PyInt.From(0);
        }
        BigInteger r = 1;
        for (var i = BigInteger.Zero; i < kk; i++)
        {
            r *= n - i;
        }
        return PyInt.FromBig(r);
    }
}
