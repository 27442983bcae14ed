using System.Diagnostics;
using System.Numerics;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>Modules written natively: sys, math, time (Python/sysmodule.c, Modules/mathmodule.c, timemodule.c).</summary>
public static class NativeModules
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static PyModule? Create(string name) => name switch
    {
        "sys" => Sys(),
        "math" => MathModule(),
        "time" => Time(),
        _ => null,
    };

    private static PyModule Sys()
    {
        var m = new PyModule("sys");
        var d = m.Dict;
        d.Set("argv", new PyList(PyThreadState.Argv.Select(a => (PyObject)PyStr.From(a)).ToArray()));
        d.Set("path", new PyList([PyStr.From(PyThreadState.ScriptDirectory)]));
        d.Set("modules", Importer.Modules);
        d.Set("maxsize", PyInt.From(long.MaxValue));
        d.Set("version", PyStr.From("3.11.7 (metapy)"));
        d.Set("platform", PyStr.From("linux"));
        d.Set("byteorder", PyStr.From("little"));
        d.Set("version_info", PyTuple.Of(PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)));
        d.Set("implementation", PyStr.From("metapy"));
        Def.Function(d, "setrecursionlimit", (a, _) => { PyThreadState.RecursionLimit = (int)Ops.IndexValue(a[0]); return PyNone.Instance; });
        Def.Function(d, "getrecursionlimit", (a, _) => PyInt.From(PyThreadState.RecursionLimit));
        Def.Function(d, "exit", (a, _) => throw new PyException(TypeObjects.SystemExit, a.Length > 0 ? PyTuple.Of(a[0]) : PyTuple.Empty).ToError());
        Def.Function(d, "exc_info", (a, _) => PyThreadState.Handled is { } h ? PyTuple.Of(h.Type, h, PyNone.Instance) : PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance));
        Def.Function(d, "intern", (a, _) => a[0]);
        return m;
    }

    private static PyObject F(double d) => new PyFloat(d);

    private static double D(PyObject o) => Ops.ToDouble(o);

    private static double Domain(double r) => double.IsNaN(r) ? throw Errors.ValueError("math domain error") : r;

    private static PyModule MathModule()
    {
        var m = new PyModule("math");
        var d = m.Dict;
        d.Set("pi", F(Math.PI));
        d.Set("e", F(Math.E));
        d.Set("tau", F(Math.Tau));
        d.Set("inf", F(double.PositiveInfinity));
        d.Set("nan", F(double.NaN));
        Def.Function(d, "sqrt", (a, _) => D(a[0]) < 0 ? throw Errors.ValueError("math domain error") : F(Math.Sqrt(D(a[0]))));
        Def.Function(d, "floor", (a, _) => Ops.IsInt(a[0]) ? a[0] : PyInt.FromBig(new BigInteger(Math.Floor(D(a[0])))));
        Def.Function(d, "ceil", (a, _) => Ops.IsInt(a[0]) ? a[0] : PyInt.FromBig(new BigInteger(Math.Ceiling(D(a[0])))));
        Def.Function(d, "trunc", (a, _) => Ops.IsInt(a[0]) ? a[0] : PyInt.FromBig(new BigInteger(Math.Truncate(D(a[0])))));
        Def.Function(d, "fabs", (a, _) => F(Math.Abs(D(a[0]))));
        Def.Function(d, "exp", (a, _) => F(Math.Exp(D(a[0]))));
        Def.Function(d, "log", (a, _) => Log(a));
        Def.Function(d, "log2", (a, _) => F(Domain(Math.Log2(Positive(a[0])))));
        Def.Function(d, "log10", (a, _) => F(Domain(Math.Log10(Positive(a[0])))));
        Def.Function(d, "sin", (a, _) => F(Math.Sin(D(a[0]))));
        Def.Function(d, "cos", (a, _) => F(Math.Cos(D(a[0]))));
        Def.Function(d, "tan", (a, _) => F(Math.Tan(D(a[0]))));
        Def.Function(d, "asin", (a, _) => F(Domain(Math.Asin(D(a[0])))));
        Def.Function(d, "acos", (a, _) => F(Domain(Math.Acos(D(a[0])))));
        Def.Function(d, "atan", (a, _) => F(Math.Atan(D(a[0]))));
        Def.Function(d, "atan2", (a, _) => F(Math.Atan2(D(a[0]), D(a[1]))));
        Def.Function(d, "sinh", (a, _) => F(Math.Sinh(D(a[0]))));
        Def.Function(d, "cosh", (a, _) => F(Math.Cosh(D(a[0]))));
        Def.Function(d, "tanh", (a, _) => F(Math.Tanh(D(a[0]))));
        Def.Function(d, "hypot", (a, _) => F(Math.Sqrt(a.Sum(x => D(x) * D(x)))));
        Def.Function(d, "pow", (a, _) => F(Math.Pow(D(a[0]), D(a[1]))));
        Def.Function(d, "degrees", (a, _) => F(D(a[0]) * 180.0 / Math.PI));
        Def.Function(d, "radians", (a, _) => F(D(a[0]) * Math.PI / 180.0));
        Def.Function(d, "isnan", (a, _) => PyBool.From(double.IsNaN(D(a[0]))));
        Def.Function(d, "isinf", (a, _) => PyBool.From(double.IsInfinity(D(a[0]))));
        Def.Function(d, "isfinite", (a, _) => PyBool.From(double.IsFinite(D(a[0]))));
        Def.Function(d, "copysign", (a, _) => F(Math.CopySign(D(a[0]), D(a[1]))));
        Def.Function(d, "fmod", (a, _) => F(Math.IEEERemainder(D(a[0]), D(a[1])) is var _ ? D(a[0]) % D(a[1]) : 0));
        Def.Function(d, "isclose", (a, k) => PyBool.From(Math.Abs(D(a[0]) - D(a[1])) <= Math.Max((k?.Get("rel_tol") is { } r ? D(r) : 1e-9) * Math.Max(Math.Abs(D(a[0])), Math.Abs(D(a[1]))), k?.Get("abs_tol") is { } t ? D(t) : 0)));
        Def.Function(d, "gcd", (a, _) => PyInt.FromBig(a.Aggregate(BigInteger.Zero, (acc, x) => BigInteger.GreatestCommonDivisor(acc, Ops.ToBig(x)))));
        Def.Function(d, "lcm", (a, _) => PyInt.FromBig(a.Aggregate(BigInteger.One, (acc, x) => { var v = BigInteger.Abs(Ops.ToBig(x)); return v.IsZero || acc.IsZero ? BigInteger.Zero : acc / BigInteger.GreatestCommonDivisor(acc, v) * v; })));
        Def.Function(d, "isqrt", (a, _) => PyInt.FromBig(ISqrt(Ops.ToBig(a[0]))));
        Def.Function(d, "factorial", (a, _) => { var n = Ops.IndexValue(a[0]); if (n < 0) { throw Errors.ValueError("factorial() not defined for negative values"); } BigInteger r = 1; for (var i = 2; i <= n; i++) { r *= i; } return PyInt.FromBig(r); });
        Def.Function(d, "comb", (a, _) => { var n = Ops.IndexValue(a[0]); var k = Ops.IndexValue(a[1]); BigInteger r = 1; for (long i = 0; i < k && k <= n; i++) { r = r * (n - i) / (i + 1); } return PyInt.FromBig(k > n ? 0 : r); });
        Def.Function(d, "prod", (a, _) => Conversions.ToArray(a[0]).Aggregate((PyObject)PyInt.From(1), (acc, x) => Ops.Binary(Ast.Operator.Mult, acc, x)));
        Def.Function(d, "fsum", (a, _) => F(Conversions.ToArray(a[0]).Sum(D)));
        return m;
    }

    private static double Positive(PyObject x)
    {
        var v = Ops.IsInt(x) ? (double)Ops.ToBig(x) : D(x);
        return v <= 0 ? throw Errors.ValueError("math domain error") : v;
    }

    private static PyObject Log(PyObject[] a)
    {
        double ln;
        if (a[0] is PyLong big && big.Value.Sign > 0)
        {
            ln = BigInteger.Log(big.Value);
        }
        else
        {
            ln = Math.Log(Positive(a[0]));
        }
        return F(a.Length > 1 ? ln / Math.Log(Positive(a[1])) : ln);
    }

    private static BigInteger ISqrt(BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw Errors.ValueError("isqrt() argument must be nonnegative");
        }
        if (n < 2)
        {
            return n;
        }
        var x = (BigInteger)Math.Sqrt((double)n);
        while (x * x > n)
        {
            x--;
        }
        while ((x + 1) * (x + 1) <= n)
        {
            x++;
        }
        // Newton's method for numbers past double precision.
        if (n.GetBitLength() > 100)
        {
            x = BigInteger.One << (int)((n.GetBitLength() / 2) + 1);
            while (true)
            {
                var y = (x + (n / x)) >> 1;
                if (y >= x)
                {
                    break;
                }
                x = y;
            }
        }
        return x;
    }

    private static PyModule Time()
    {
        var m = new PyModule("time");
        Def.Function(m.Dict, "time", (a, _) => F(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0));
        Def.Function(m.Dict, "perf_counter", (a, _) => F(Clock.Elapsed.TotalSeconds));
        Def.Function(m.Dict, "monotonic", (a, _) => F(Clock.Elapsed.TotalSeconds));
        Def.Function(m.Dict, "process_time", (a, _) => F(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        Def.Function(m.Dict, "sleep", (a, _) => Modules.ThreadModule.Blocking(() => { Thread.Sleep((int)(D(a[0]) * 1000)); return PyNone.Instance; }));
        Modules.TimeCalendar.Install(m.Dict);
        return m;
    }
}
