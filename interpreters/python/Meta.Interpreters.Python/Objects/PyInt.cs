using System.Numerics;

namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// An int that fits in 64 bits. Arithmetic is checked and overflows into <see cref="PyLong"/>,
/// as PyPy's W_IntObject overflows into W_LongObject (pypy/objspace/std/intobject.py): the JIT
/// sees a plain int_add_ovf with a guard_no_overflow.
/// </summary>
public class PyInt : PyObject
{
    private static readonly PyInt[] Small = MakeSmall();

    public readonly long Value;

    protected PyInt(long value)
    {
        Value = value;
    }

    public override PyType Type => TypeObjects.Int;

    // Small ints are shared as CPython's -5..256 are, so `is` between small ints behaves the same.
    public static PyInt From(long value) => value >= -5 && value <= 256 ? Small[value + 5] : new PyInt(value);

    public static PyObject FromBig(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new PyLong(value);

    private static PyInt[] MakeSmall()
    {
        var small = new PyInt[262];
        for (var i = 0; i < small.Length; i++)
        {
            small[i] = new PyInt(i - 5);
        }
        return small;
    }
}

/// <summary>bool is a subclass of int (True == 1); the two instances are singletons.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    private PyBool(long value)
        : base(value)
    {
    }

    public override PyType Type => TypeObjects.Bool;

    public static PyBool From(bool value) => value ? True : False;
}

/// <summary>An int outside the 64-bit range (PyPy's W_LongObject); results that fit go back to <see cref="PyInt"/>.</summary>
public class PyLong(BigInteger value) : PyObject
{
    public readonly BigInteger Value = value;

    public override PyType Type => TypeObjects.Int;
}

public class PyFloat(double value) : PyObject
{
    public readonly double Value = value;

    public override PyType Type => TypeObjects.Float;
}

public sealed class PyComplex(Complex value) : PyObject
{
    public readonly Complex Value = value;

    public override PyType Type => TypeObjects.Complex;
}
