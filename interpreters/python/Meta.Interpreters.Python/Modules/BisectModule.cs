using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _bisect (Modules/_bisectmodule.c): binary search over any sequence with &lt; only, optional
/// key, lo/hi bounds (hi None or -1 means len(a)); insort inserts with list.insert semantics.
/// </summary>
public static class BisectModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_bisect");
        Def.Function(m.Dict, "bisect_right", (a, k) => PyInt.From(Search(a, k, "bisect_right", right: true, out _)));
        Def.Function(m.Dict, "bisect_left", (a, k) => PyInt.From(Search(a, k, "bisect_left", right: false, out _)));
        Def.Function(m.Dict, "insort_right", (a, k) => Insort(a, k, "insort_right", right: true));
        Def.Function(m.Dict, "insort_left", (a, k) => Insort(a, k, "insort_left", right: false));
        return m;
    }

    private static PyObject Required(PyObject[] a, PyDict? k, int i, string name, string function) =>
        Def.Arg(a, k, i, name) ?? throw Errors.TypeError($"{function}() missing required argument '{name}' (pos {i + 1})");

    /// <summary>internal_bisect_right/left: the first index whose item is greater than x (right) or not less than x (left).</summary>
    private static long Search(PyObject[] a, PyDict? k, string function, bool right, out PyObject seq)
    {
        if (a.Length > 4)
        {
            throw Errors.TypeError($"{function}() takes at most 4 positional arguments ({a.Length} given)");
        }
        seq = Required(a, k, 0, "a", function);
        var x = Required(a, k, 1, "x", function);
        var lo = Def.Arg(a, k, 2, "lo") is { } l ? Ops.IndexValue(l) : 0;
        var hiArg = Def.Arg(a, k, 3, "hi");
        var hi = hiArg is null or PyNone ? -1 : Ops.IndexValue(hiArg);
        var key = k?.Get("key") is { } kk and not PyNone ? kk : null;
        if (key is not null && function.StartsWith("insort", StringComparison.Ordinal))
        {
            x = Ops.Call(key, [x]);
        }
        if (lo < 0)
        {
            throw Errors.ValueError("lo must be non-negative");
        }
        if (hi == -1)
        {
            hi = Ops.Len(seq);
        }
        while (lo < hi)
        {
            // (lo + hi) / 2 without overflow, as the C code does with unsigned arithmetic.
            var mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = Ops.GetItem(seq, PyInt.From(mid));
            if (key is not null)
            {
                item = Ops.Call(key, [item]);
            }
            var goRight = right ? !Ops.Lt(x, item) : Ops.Lt(item, x);
            if (goRight)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static PyObject Insort(PyObject[] a, PyDict? k, string function, bool right)
    {
        var index = Search(a, k, function, right, out var seq);
        var x = a.Length > 1 ? a[1] : Required(a, k, 1, "x", function);
        if (seq is PyList list && list.Type == TypeObjects.List)
        {
            list.Insert((int)index, x);
        }
        else
        {
            Ops.Call(Ops.GetAttr(seq, "insert"), [PyInt.From(index), x]);
        }
        return PyNone.Instance;
    }
}
