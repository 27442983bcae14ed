using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Objects;

public static partial class Ops
{
    private static readonly string[] CompareNames = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
    private static readonly string[] CompareSwapped = ["__eq__", "__ne__", "__gt__", "__ge__", "__lt__", "__le__"];
    private static readonly string[] CompareSymbols = ["==", "!=", "<", "<=", ">", ">="];

    /// <summary>Rich comparison (CPython's do_richcompare): reflected method of the right operand, then identity for ==/!=.</summary>
    public static PyObject Compare(CompareOperator op, PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib)
        {
            return PyBool.From(CompareValues(op, ia.Value.CompareTo(ib.Value)));
        }
        if (a is PyFloat fa && b is PyFloat fb)
        {
            return PyBool.From(CompareDoubles(op, fa.Value, fb.Value));
        }
        if (a is PyStr sa && b is PyStr sb)
        {
            return PyBool.From(CompareValues(op, string.CompareOrdinal(sa.Value, sb.Value)));
        }
        var r = NativeCompare(op, a, b);
        if (r is not null)
        {
            return r;
        }
        return DunderCompare(op, a, b);
    }

    private static bool CompareValues(CompareOperator op, int c) => op switch
    {
        CompareOperator.Eq => c == 0,
        CompareOperator.NotEq => c != 0,
        CompareOperator.Lt => c < 0,
        CompareOperator.LtE => c <= 0,
        CompareOperator.Gt => c > 0,
        _ => c >= 0,
    };

    private static bool CompareDoubles(CompareOperator op, double x, double y) => op switch
    {
        CompareOperator.Eq => x == y,
        CompareOperator.NotEq => x != y,
        CompareOperator.Lt => x < y,
        CompareOperator.LtE => x <= y,
        CompareOperator.Gt => x > y,
        _ => x >= y,
    };

    private static PyObject? NativeCompare(CompareOperator op, PyObject a, PyObject b)
    {
        if (IsInt(a) && IsInt(b))
        {
            return PyBool.From(CompareValues(op, ToBig(a).CompareTo(ToBig(b))));
        }
        if ((a is PyFloat || IsInt(a)) && (b is PyFloat || IsInt(b)))
        {
            var x = a is PyFloat f1 ? f1.Value : (double)ToBig(a);
            var y = b is PyFloat f2 ? f2.Value : (double)ToBig(b);
            return PyBool.From(CompareDoubles(op, x, y));
        }
        if (a is PyTuple ta && b is PyTuple tb)
        {
            return CompareSequences(op, ta.Items, ta.Items.Length, tb.Items, tb.Items.Length);
        }
        if (a is PyList la && b is PyList lb)
        {
            return CompareSequences(op, la.Items, la.Count, lb.Items, lb.Count);
        }
        if (op is CompareOperator.Eq or CompareOperator.NotEq)
        {
            bool? eq = null;
            if (a is PyDict da && b is PyDict db)
            {
                eq = DictEquals(da, db);
            }
            else if (a is PySet xa && b is PySet xb)
            {
                eq = xa.Count == xb.Count && xa.ToArray().All(xb.Contains);
            }
            else if (a is PyNone || b is PyNone || a is PyType || b is PyType)
            {
                eq = ReferenceEquals(a, b);
            }
            else if (a is PyRange ra && b is PyRange rb)
            {
                eq = ra.Length == rb.Length && (ra.Length == 0 || (ra.Start == rb.Start && (ra.Length == 1 || ra.Step == rb.Step)));
            }
            if (eq is { } value)
            {
                return PyBool.From(op == CompareOperator.Eq ? value : !value);
            }
        }
        if (a is PySet sa && b is PySet sb)
        {
            return op switch
            {
                CompareOperator.LtE => PyBool.From(sa.ToArray().All(sb.Contains)),
                CompareOperator.Lt => PyBool.From(sa.Count < sb.Count && sa.ToArray().All(sb.Contains)),
                CompareOperator.GtE => PyBool.From(sb.ToArray().All(sa.Contains)),
                _ => PyBool.From(sa.Count > sb.Count && sb.ToArray().All(sa.Contains)),
            };
        }
        return null;
    }

    private static bool DictEquals(PyDict a, PyDict b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.EntryCount; i++)
        {
            if (a.KeyAt(i) is { } k)
            {
                var other = b.Get(k);
                if (other is null || !Eq(a.ValueAt(i)!, other))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static PyObject CompareSequences(CompareOperator op, PyObject[] a, int na, PyObject[] b, int nb)
    {
        var n = Math.Min(na, nb);
        for (var i = 0; i < n; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !Eq(a[i], b[i]))
            {
                if (op == CompareOperator.Eq)
                {
                    return PyBool.False;
                }
                if (op == CompareOperator.NotEq)
                {
                    return PyBool.True;
                }
                return Compare(op, a[i], b[i]);
            }
        }
        return PyBool.From(CompareValues(op, na.CompareTo(nb)));
    }

    private static PyObject DunderCompare(CompareOperator op, PyObject a, PyObject b)
    {
        var index = (int)op;
        var swapped = !ReferenceEquals(a.Type, b.Type) && b.Type.IsSubtypeOf(a.Type);
        if (swapped)
        {
            var rm = b.Type.Lookup(CompareSwapped[index]);
            if (rm is not null && rm is not PyBuiltinFunction { IsSlot: false })
            {
                var r = CallMethod(rm, b, a);
                if (r is not PyNotImplemented)
                {
                    return r;
                }
            }
        }
        var method = a.Type.Lookup(CompareNames[index]);
        if (method is not null && method is not PyBuiltinFunction { IsSlot: false })
        {
            var r = CallMethod(method, a, b);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        if (!swapped)
        {
            var rm = b.Type.Lookup(CompareSwapped[index]);
            if (rm is not null && rm is not PyBuiltinFunction { IsSlot: false })
            {
                var r = CallMethod(rm, b, a);
                if (r is not PyNotImplemented)
                {
                    return r;
                }
            }
        }
        if (op == CompareOperator.NotEq && a.Type.Lookup("__eq__") is PyFunction eqMethod)
        {
            var r = CallMethod(eqMethod, a, b);
            if (r is not PyNotImplemented)
            {
                return PyBool.From(!IsTrue(r));
            }
        }
        return op switch
        {
            CompareOperator.Eq => PyBool.From(ReferenceEquals(a, b)),
            CompareOperator.NotEq => PyBool.From(!ReferenceEquals(a, b)),
            _ => throw Errors.TypeError($"'{CompareSymbols[index]}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'"),
        };
    }

    public static bool Eq(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b))
        {
            return a is not PyFloat f || !double.IsNaN(f.Value);
        }
        return IsTrue(Compare(CompareOperator.Eq, a, b));
    }

    public static bool Lt(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib)
        {
            return ia.Value < ib.Value;
        }
        return IsTrue(Compare(CompareOperator.Lt, a, b));
    }

    /// <summary>The `in` operator (PySequence_Contains).</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d:
                return d.ContainsKey(item);
            case PySet s:
                if (item is PySet { Frozen: false } inner)
                {
                    var frozen = new PySet(true);
                    foreach (var x in inner.ToArray())
                    {
                        frozen.Add(x);
                    }
                    return s.Contains(frozen);
                }
                return s.Contains(item);
            case PyStr str:
                if (item is not PyStr sub)
                {
                    throw Errors.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                }
                return str.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyList l:
                for (var i = 0; i < l.Count; i++)
                {
                    if (ReferenceEquals(l.Items[i], item) || Eq(l.Items[i], item))
                    {
                        return true;
                    }
                }
                return false;
            case PyTuple t:
                foreach (var x in t.Items)
                {
                    if (ReferenceEquals(x, item) || Eq(x, item))
                    {
                        return true;
                    }
                }
                return false;
            case PyRange r when item is PyInt iv:
                var v = iv.Value;
                if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop)
                {
                    return false;
                }
                return (v - r.Start) % r.Step == 0;
        }
        var method = container.Type.Lookup("__contains__");
        if (method is not null)
        {
            return IsTrue(CallMethod(method, container, item));
        }
        var it = GetIter(container);
        while (Next(it) is { } x)
        {
            if (ReferenceEquals(x, item) || Eq(x, item))
            {
                return true;
            }
        }
        return false;
    }

}
