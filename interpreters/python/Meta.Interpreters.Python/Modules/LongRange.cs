using System.Numerics;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>A range whose bounds do not fit 64 bits (rangeobject.c keeps them as PyLongs too).</summary>
public sealed class PyLongRange(BigInteger start, BigInteger stop, BigInteger step) : PyObject
{
    public readonly BigInteger Start = start;
    public readonly BigInteger Stop = stop;
    public readonly BigInteger Step = step;

    public override PyType Type => LongRange.Type;

    public BigInteger Length =>
        Step > 0 ? (Start < Stop ? ((Stop - Start - 1) / Step) + 1 : 0) : (Start > Stop ? ((Start - Stop - 1) / -Step) + 1 : 0);
}

/// <summary>
/// range with big bounds (Objects/rangeobject.c's longrange paths): iteration (a
/// longrange_iterator), len (OverflowError past sys.maxsize, as CPython), indexing, membership,
/// repr. The core range (Objects/PyRange.cs) holds 64-bit bounds; this type derives from it so
/// isinstance(r, range) holds, though type(r) is this subtype.
/// </summary>
public static class LongRange
{
    public static readonly PyType Type = MakeType();
    public static readonly PyType IteratorType = new("longrange_iterator", [TypeObjects.Iterator]);

    private static PyType MakeType()
    {
        var t = new PyType("range", [TypeObjects.Range]);
        Def.Slot(t, "__iter__", Iter);
        Def.Slot(t, "__len__", Len);
        Def.Slot(t, "__getitem__", GetItem);
        Def.Slot(t, "__contains__", Contains);
        Def.Slot(t, "__repr__", Repr);
        Def.Slot(t, "__bool__", Bool);
        return t;
    }

    public static PyObject New(PyObject[] a)
    {
        foreach (var x in a)
        {
            if (!Ops.IsInt(x))
            {
                throw Errors.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
            }
        }
        var start = a.Length == 1 ? BigInteger.Zero : Ops.ToBig(a[0]);
        var stop = a.Length == 1 ? Ops.ToBig(a[0]) : Ops.ToBig(a[1]);
        var step = a.Length > 2 ? Ops.ToBig(a[2]) : BigInteger.One;
        if (step.IsZero)
        {
            throw Errors.ValueError("range() arg 3 must not be zero");
        }
        return new PyLongRange(start, stop, step);
    }

    private sealed class Iterator(PyLongRange r) : PyIterator
    {
        private BigInteger _next = r.Start;

        public override PyType Type => IteratorType;

        public override PyObject? Next()
        {
            if (r.Step > 0 ? _next >= r.Stop : _next <= r.Stop)
            {
                return null;
            }
            var v = _next;
            _next += r.Step;
            return PyInt.FromBig(v);
        }
    }

    private static PyLongRange Self(PyObject o) => (PyLongRange)o;

    private static PyObject Iter(PyObject[] a, PyDict? k) => new Iterator(Self(a[0]));

    private static PyObject Len(PyObject[] a, PyDict? k)
    {
        var n = Self(a[0]).Length;
        return n > long.MaxValue ? throw Errors.OverflowError("Python int too large to convert to C ssize_t") : PyInt.FromBig(n);
    }

    private static PyObject Bool(PyObject[] a, PyDict? k) => PyBool.From(!Self(a[0]).Length.IsZero);

    private static PyObject GetItem(PyObject[] a, PyDict? k)
    {
        var r = Self(a[0]);
        var i = Ops.ToBig(a[1]);
        var n = r.Length;
        if (i < 0)
        {
            i += n;
        }
        if (i < 0 || i >= n)
        {
            throw Errors.IndexError("range object index out of range");
        }
        return PyInt.FromBig(r.Start + (i * r.Step));
    }

    private static PyObject Contains(PyObject[] a, PyDict? k)
    {
        var r = Self(a[0]);
        if (!Ops.IsInt(a[1]))
        {
            return PyBool.False;
        }
        var v = Ops.ToBig(a[1]);
        var inside = r.Step > 0 ? v >= r.Start && v < r.Stop : v <= r.Start && v > r.Stop;
        return PyBool.From(inside && ((v - r.Start) % r.Step).IsZero);
    }

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var r = Self(a[0]);
        return PyStr.From(r.Step.IsOne ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
    }
}
