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
        if ((a is IUserSubclass || b is IUserSubclass) && UserCompare(op, a, b) is { } user)
        {
            return user;
        }
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
            return PyBool.From(CompareValues(op, sa.IsBmp && sb.IsBmp ? string.CompareOrdinal(sa.Value, sb.Value) : CodePoints.Compare(sa.Value, sb.Value)));
        }
        if (a is PyTuple ta && b is PyTuple tb)
        {
            // Tuples (sort keys) before the long chain of NativeCompare's type tests.
            return CompareSequences(op, ta.Items, ta.Items.Length, tb.Items, tb.Items.Length);
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

    /// <summary>Sign of int <paramref name="i"/> minus float <paramref name="d"/> (d not NaN), computed exactly.</summary>
    private static int CompareIntFloat(System.Numerics.BigInteger i, double d)
    {
        if (double.IsInfinity(d))
        {
            return d > 0 ? -1 : 1;
        }
        var floor = Math.Floor(d);
        var c = i.CompareTo(new System.Numerics.BigInteger(floor));
        if (c != 0 || floor == d)
        {
            return c;
        }
        // i == floor(d) < d.
        return -1;
    }

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
            if (a is PyFloat f1 && b is PyFloat f2)
            {
                return PyBool.From(CompareDoubles(op, f1.Value, f2.Value));
            }
            // An int and a float compare exactly, not through a rounded conversion (float_richcompare).
            var floatValue = a is PyFloat fa ? fa.Value : ((PyFloat)b).Value;
            if (double.IsNaN(floatValue))
            {
                return PyBool.From(op == CompareOperator.NotEq);
            }
            var intMinusFloat = CompareIntFloat(ToBig(a is PyFloat ? b : a), floatValue);
            return PyBool.From(CompareValues(op, a is PyFloat ? -intMinusFloat : intMinusFloat));
        }
        if ((a is PyComplex || b is PyComplex) && ComplexOps.TryToComplex(a, out var ca) && ComplexOps.TryToComplex(b, out var cb))
        {
            if (op is CompareOperator.Eq or CompareOperator.NotEq)
            {
                return PyBool.From((ca == cb) == (op == CompareOperator.Eq));
            }
            // complex has no order: the dunder fallback raises CPython's TypeError.
            return null;
        }
        if ((a is PyBytes or PyByteArray) && BytesCompare(op, a, b) is { } bytes)
        {
            return bytes;
        }
        if (a is PySlice sla && b is PySlice slb)
        {
            // Slices compare as (start, stop, step) tuples (sliceobject.c slice_richcompare).
            return CompareSequences(op, [sla.Start, sla.Stop, sla.Step], 3, [slb.Start, slb.Stop, slb.Step], 3);
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
            else if ((a is PyDictView { Kind: not 1 } && b is PySet or PyDictView { Kind: not 1 }) || (b is PyDictView { Kind: not 1 } && a is PySet))
            {
                var va = Builtins.ContainerMethods.ToSet(a);
                var vb = Builtins.ContainerMethods.ToSet(b);
                eq = va.Count == vb.Count && va.IsSubsetOf(vb);
            }
            else if (a is PySet xa && b is PySet xb)
            {
                eq = xa.Count == xb.Count && xa.IsSubsetOf(xb);
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
                CompareOperator.LtE => PyBool.From(sa.IsSubsetOf(sb)),
                CompareOperator.Lt => PyBool.From(sa.Count < sb.Count && sa.IsSubsetOf(sb)),
                CompareOperator.GtE => PyBool.From(sb.IsSubsetOf(sa)),
                _ => PyBool.From(sa.Count > sb.Count && sb.IsSubsetOf(sa)),
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
        // Containers compare identical objects as equal first, NaN included (PyObject_RichCompareBool).
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        return IsTrue(Compare(CompareOperator.Eq, a, b));
    }

    public static bool Lt(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && a is not PyIntSub && b is not PyIntSub)
        {
            return ia.Value < ib.Value;
        }
        return IsTrue(Compare(CompareOperator.Lt, a, b));
    }

    /// <summary>The `in` operator (PySequence_Contains).</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        if (Override(container, "__contains__") is { } contains)
        {
            return IsTrue(CallMethod(contains, container, item));
        }
        return ContainsBuiltin(container, item);
    }

    /// <summary>Contains with the builtin type's own behaviour, ignoring a subclass's override (what super().contains reaches).</summary>
    public static bool ContainsBuiltin(PyObject container, PyObject item)
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
            case PyBytes bytes:
                return BytesContains(bytes.Value, item);
            case PyByteArray byteArray:
                return BytesContains(byteArray.ToArray(), item);
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
