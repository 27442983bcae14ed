using System.Numerics;
using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// int arithmetic: 64-bit checked operations that overflow into BigInteger (PyPy's
/// intobject.py ovfcheck pattern), with Python's floor division and modulo signs.
/// </summary>
public static class IntOps
{
    public static PyObject Binary(Operator op, long a, long b)
    {
        switch (op)
        {
            case Operator.Add:
                {
                    var r = a + b;
                    return ((a ^ r) & (b ^ r)) < 0 ? PyInt.FromBig((BigInteger)a + b) : PyInt.From(r);
                }
            case Operator.Sub:
                {
                    var r = a - b;
                    return ((a ^ b) & (a ^ r)) < 0 ? PyInt.FromBig((BigInteger)a - b) : PyInt.From(r);
                }
            case Operator.Mult:
                {
                    var r = Math.BigMul(a, b, out var low);
                    return (r == 0 && low >= 0) || (r == -1 && low < 0) ? PyInt.From(low) : PyInt.FromBig((BigInteger)a * b);
                }
            case Operator.FloorDiv:
                if (b == 0)
                {
                    throw Errors.ZeroDivision("integer division or modulo by zero");
                }
                if (a == long.MinValue && b == -1)
                {
                    return PyInt.FromBig(-(BigInteger)a);
                }
                return PyInt.From(FloorDiv(a, b));
            case Operator.Mod:
                if (b == 0)
                {
                    throw Errors.ZeroDivision("integer modulo by zero");
                }
                if (b == -1)
                {
                    return PyInt.From(0);
                }
                return PyInt.From(Mod(a, b));
            case Operator.Div:
                if (b == 0)
                {
                    throw Errors.ZeroDivision("division by zero");
                }
                return new PyFloat(TrueDivide(a, b));
            case Operator.BitAnd:
                return PyInt.From(a & b);
            case Operator.BitOr:
                return PyInt.From(a | b);
            case Operator.BitXor:
                return PyInt.From(a ^ b);
            case Operator.LShift:
                if (b < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }
                if (b < 63 && a == ((a << (int)b) >> (int)b))
                {
                    return PyInt.From(a << (int)b);
                }
                return BigBinary(op, a, b);
            case Operator.RShift:
                if (b < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }
                return PyInt.From(b >= 64 ? (a < 0 ? -1 : 0) : a >> (int)b);
            case Operator.Pow:
                return Pow(a, b);
            default:
                return BigBinary(op, a, b);
        }
    }

    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
        {
            q--;
        }
        return q;
    }

    public static long Mod(long a, long b)
    {
        var r = a % b;
        if (r != 0 && ((r < 0) != (b < 0)))
        {
            r += b;
        }
        return r;
    }

    private static double TrueDivide(long a, long b)
    {
        const long exact = 1L << 53;
        if (Math.Abs(a) <= exact && Math.Abs(b) <= exact)
        {
            return (double)a / b;
        }
        return BigTrueDivide(a, b);
    }

    private static double BigTrueDivide(BigInteger a, BigInteger b)
    {
        // Correctly rounded for big operands: scale so the quotient has 64+ significant bits.
        var negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        var shift = (long)(b.GetBitLength() - a.GetBitLength()) + 66;
        var q = shift >= 0 ? BigInteger.DivRem(a << (int)shift, b, out var rem) : BigInteger.DivRem(a, b << (int)-shift, out rem);
        if (!rem.IsZero)
        {
            q |= 1;
        }
        var result = Math.ScaleB((double)q, (int)-shift);
        return negative ? -result : result;
    }

    private static PyObject Pow(long a, long b)
    {
        if (b < 0)
        {
            if (a == 0)
            {
                throw Errors.ZeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.Pow(a, b));
        }
        long result = 1;
        var baseValue = a;
        var e = b;
        while (e > 0)
        {
            if ((e & 1) != 0)
            {
                var hi = Math.BigMul(result, baseValue, out var low);
                if (!((hi == 0 && low >= 0) || (hi == -1 && low < 0)))
                {
                    return PyInt.FromBig(BigInteger.Pow(a, checked((int)b)));
                }
                result = low;
            }
            e >>= 1;
            if (e > 0)
            {
                var hi = Math.BigMul(baseValue, baseValue, out var low);
                if (!((hi == 0 && low >= 0) || (hi == -1 && low < 0)))
                {
                    return PyInt.FromBig(BigInteger.Pow(a, checked((int)b)));
                }
                baseValue = low;
            }
        }
        return PyInt.From(result);
    }

    public static PyObject BigBinary(Operator op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case Operator.Add:
                return PyInt.FromBig(a + b);
            case Operator.Sub:
                return PyInt.FromBig(a - b);
            case Operator.Mult:
                return PyInt.FromBig(a * b);
            case Operator.FloorDiv:
                if (b.IsZero)
                {
                    throw Errors.ZeroDivision("integer division or modulo by zero");
                }
                return PyInt.FromBig(BigFloorDiv(a, b));
            case Operator.Mod:
                if (b.IsZero)
                {
                    throw Errors.ZeroDivision("integer modulo by zero");
                }
                return PyInt.FromBig(a - (b * BigFloorDiv(a, b)));
            case Operator.Div:
                if (b.IsZero)
                {
                    throw Errors.ZeroDivision("division by zero");
                }
                return new PyFloat(BigTrueDivide(a, b));
            case Operator.BitAnd:
                return PyInt.FromBig(a & b);
            case Operator.BitOr:
                return PyInt.FromBig(a | b);
            case Operator.BitXor:
                return PyInt.FromBig(a ^ b);
            case Operator.LShift:
                if (b.Sign < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }
                return PyInt.FromBig(a << (int)b);
            case Operator.RShift:
                if (b.Sign < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }
                return PyInt.FromBig(b > 100000 ? (a.Sign < 0 ? -1 : 0) : a >> (int)b);
            case Operator.Pow:
                if (b.Sign < 0)
                {
                    return new PyFloat(Math.Pow((double)a, (double)b));
                }
                return PyInt.FromBig(BigInteger.Pow(a, (int)b));
            default:
                throw Errors.TypeError($"unsupported operand type(s) for @: 'int' and 'int'");
        }
    }

    public static BigInteger BigFloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && ((r.Sign < 0) != (b.Sign < 0)))
        {
            q -= 1;
        }
        return q;
    }
}

/// <summary>float arithmetic with Python's errors and floor/mod signs (Objects/floatobject.c).</summary>
public static class FloatOps
{
    public static PyObject Binary(Operator op, double a, double b)
    {
        switch (op)
        {
            case Operator.Add:
                return new PyFloat(a + b);
            case Operator.Sub:
                return new PyFloat(a - b);
            case Operator.Mult:
                return new PyFloat(a * b);
            case Operator.Div:
                if (b == 0)
                {
                    throw Errors.ZeroDivision("float division by zero");
                }
                return new PyFloat(a / b);
            case Operator.FloorDiv:
                if (b == 0)
                {
                    throw Errors.ZeroDivision("float floor division by zero");
                }
                return new PyFloat(DivMod(a, b).Div);
            case Operator.Mod:
                if (b == 0)
                {
                    throw Errors.ZeroDivision("float modulo");
                }
                return new PyFloat(DivMod(a, b).Mod);
            case Operator.Pow:
                if (a == 0 && b < 0)
                {
                    throw Errors.ZeroDivision("0.0 cannot be raised to a negative power");
                }
                if (a < 0 && Math.Floor(b) != b && double.IsFinite(b))
                {
                    // A negative base to a fractional power is complex (float_pow hands it to complex_pow).
                    return ComplexOps.Binary(Operator.Pow, new PyComplex(new System.Numerics.Complex(a, 0)), new PyFloat(b))!;
                }
                var r = Math.Pow(a, b);
                if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
                {
                    throw Errors.New(TypeObjects.OverflowError, "(34, 'Numerical result out of range')");
                }
                return new PyFloat(r);
            default:
                throw Errors.TypeError($"unsupported operand type(s) for {op}: 'float' and 'float'");
        }
    }

    /// <summary>float_divmod of floatobject.c: the remainder takes the sign of the divisor.</summary>
    public static (double Div, double Mod) DivMod(double vx, double wx)
    {
        var mod = vx % wx;
        var div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = wx < 0 ? -0.0 : 0.0;
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = (vx / wx) < 0 ? -0.0 : 0.0;
        }
        return (floordiv, mod);
    }
}
