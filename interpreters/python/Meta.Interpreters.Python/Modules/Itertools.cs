using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// itertools (Modules/itertoolsmodule.c): every iterator is a type of its own (itertools.count,
/// itertools.chain, ...) whose instances are native iterators. Infinite iterators stay lazy;
/// product/permutations/combinations materialize their pools first, as CPython does.
/// </summary>
public static class Itertools
{
    private static PyType IterType(string name, NativeNew make)
    {
        var t = new PyType(name, [TypeObjects.Iterator], module: "itertools") { NativeNew = make };
        return t;
    }

    private static readonly PyType CountType = IterType("count", NewCount);
    private static readonly PyType CycleType = IterType("cycle", NewCycle);
    private static readonly PyType RepeatType = IterType("repeat", NewRepeat);
    private static readonly PyType AccumulateType = IterType("accumulate", NewAccumulate);
    private static readonly PyType ChainType = IterType("chain", NewChain);
    private static readonly PyType CompressType = IterType("compress", NewCompress);
    private static readonly PyType DropWhileType = IterType("dropwhile", NewDropWhile);
    private static readonly PyType TakeWhileType = IterType("takewhile", NewTakeWhile);
    private static readonly PyType FilterFalseType = IterType("filterfalse", NewFilterFalse);
    private static readonly PyType GroupByType = IterType("groupby", NewGroupBy);
    private static readonly PyType GrouperType = IterType("_grouper", null!);
    private static readonly PyType ISliceType = IterType("islice", NewISlice);
    private static readonly PyType PairwiseType = IterType("pairwise", NewPairwise);
    private static readonly PyType StarMapType = IterType("starmap", NewStarMap);
    private static readonly PyType ZipLongestType = IterType("zip_longest", NewZipLongest);
    private static readonly PyType ProductType = IterType("product", NewProduct);
    private static readonly PyType PermutationsType = IterType("permutations", NewPermutations);
    private static readonly PyType CombinationsType = IterType("combinations", NewCombinations);
    private static readonly PyType CombinationsWRType = IterType("combinations_with_replacement", NewCombinationsWR);
    private static readonly PyType TeeType = IterType("_tee", null!);

    public static PyModule Create()
    {
        var m = new PyModule("itertools");
        var d = m.Dict;
        foreach (var t in new[]
        {
            CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropWhileType, TakeWhileType,
            FilterFalseType, GroupByType, GrouperType, ISliceType, PairwiseType, StarMapType, ZipLongestType, ProductType,
            PermutationsType, CombinationsType, CombinationsWRType, TeeType,
        })
        {
            d.Set(t.Name, t);
        }
        ChainType.Dict["from_iterable"] = new PyClassMethod(new PyBuiltinFunction("from_iterable", ChainFromIterable));
        Def.Slot(CountType, "__repr__", CountRepr);
        Def.Slot(RepeatType, "__repr__", RepeatRepr);
        Def.Slot(RepeatType, "__length_hint__", RepeatLengthHint);
        Def.Function(d, "tee", Tee);
        return m;
    }

    /// <summary>A native iterator whose step is a C# function over its state.</summary>
    private abstract class Iter(PyType type) : PyIterator
    {
        public override PyType Type => type;
    }

    private static PyObject Arg(PyObject[] a, PyDict? k, int i, string name, string func) =>
        Def.Arg(a, k, i, name) ?? throw Errors.TypeError($"{func}() missing required argument '{name}' (pos {i + 1})");

    // ---- count, cycle, repeat ------------------------------------------------------------------

    private sealed class CountIter(PyObject start, PyObject step) : Iter(CountType)
    {
        public PyObject Current = start;
        public readonly PyObject Step = step;

        public override PyObject? Next()
        {
            var v = Current;
            Current = Ops.Binary(Ast.Operator.Add, Current, Step);
            return v;
        }
    }

    private static PyObject NewCount(PyType t, PyObject[] a, PyDict? k)
    {
        var start = Def.Arg(a, k, 0, "start") ?? PyInt.From(0);
        var step = Def.Arg(a, k, 1, "step") ?? PyInt.From(1);
        foreach (var x in new[] { start, step })
        {
            if (!Ops.IsInt(x) && x is not PyFloat && x.Type.Lookup("__add__") is null)
            {
                throw Errors.TypeError("a number is required");
            }
        }
        return new CountIter(start, step);
    }

    private static PyObject CountRepr(PyObject[] a, PyDict? k)
    {
        var c = (CountIter)a[0];
        var step = c.Step is PyInt { Value: 1 } ? "" : ", " + Ops.Repr(c.Step);
        return PyStr.From($"count({Ops.Repr(c.Current)}{step})");
    }

    private sealed class CycleIter(PyObject it) : Iter(CycleType)
    {
        private readonly List<PyObject> _saved = [];
        private PyObject? _it = it;
        private int _index;

        public override PyObject? Next()
        {
            if (_it is not null)
            {
                var v = Ops.Next(_it);
                if (v is not null)
                {
                    _saved.Add(v);
                    return v;
                }
                _it = null;
            }
            if (_saved.Count == 0)
            {
                return null;
            }
            var r = _saved[_index];
            _index = (_index + 1) % _saved.Count;
            return r;
        }
    }

    private static PyObject NewCycle(PyType t, PyObject[] a, PyDict? k) => new CycleIter(Ops.GetIter(a[0]));

    private sealed class RepeatIter(PyObject value, long times) : Iter(RepeatType)
    {
        public readonly PyObject Value = value;
        public long Remaining = times;

        public override PyObject? Next()
        {
            if (Remaining == 0)
            {
                return null;
            }
            if (Remaining > 0)
            {
                Remaining--;
            }
            return Value;
        }
    }

    private static PyObject NewRepeat(PyType t, PyObject[] a, PyDict? k)
    {
        var value = Arg(a, k, 0, "object", "repeat");
        var times = Def.Arg(a, k, 1, "times") is { } n ? Math.Max(0, Ops.IndexValue(n)) : -1;
        return new RepeatIter(value, times);
    }

    private static PyObject RepeatRepr(PyObject[] a, PyDict? k)
    {
        var r = (RepeatIter)a[0];
        return PyStr.From(r.Remaining < 0 ? $"repeat({Ops.Repr(r.Value)})" : $"repeat({Ops.Repr(r.Value)}, {r.Remaining})");
    }

    private static PyObject RepeatLengthHint(PyObject[] a, PyDict? k)
    {
        var r = (RepeatIter)a[0];
        return r.Remaining < 0 ? throw Errors.TypeError("len() of unsized object") : PyInt.From(r.Remaining);
    }

    // ---- accumulate, chain, compress, dropwhile, takewhile, filterfalse -------------------------

    private sealed class AccumulateIter(PyObject it, PyObject? func, PyObject? initial) : Iter(AccumulateType)
    {
        private PyObject? _total = initial;
        private bool _initialPending = initial is not null;

        public override PyObject? Next()
        {
            if (_initialPending)
            {
                _initialPending = false;
                return _total;
            }
            var v = Ops.Next(it);
            if (v is null)
            {
                return null;
            }
            _total = _total is null ? v : func is null ? Ops.Binary(Ast.Operator.Add, _total, v) : Ops.Call(func, [_total, v]);
            return _total;
        }
    }

    private static PyObject NewAccumulate(PyType t, PyObject[] a, PyDict? k)
    {
        var func = Def.Arg(a, k, 1, "func");
        return new AccumulateIter(Ops.GetIter(Arg(a, k, 0, "iterable", "accumulate")), func is PyNone ? null : func, k?.Get("initial") is { } i and not PyNone ? i : null);
    }

    private sealed class ChainIter(PyObject sources) : Iter(ChainType)
    {
        private PyObject? _current;

        public override PyObject? Next()
        {
            while (true)
            {
                if (_current is null)
                {
                    var next = Ops.Next(sources);
                    if (next is null)
                    {
                        return null;
                    }
                    _current = Ops.GetIter(next);
                }
                var v = Ops.Next(_current);
                if (v is not null)
                {
                    return v;
                }
                _current = null;
            }
        }
    }

    private static PyObject NewChain(PyType t, PyObject[] a, PyDict? k) => new ChainIter(Ops.GetIter(new PyTuple(a)));

    private static PyObject ChainFromIterable(PyObject[] a, PyDict? k) => new ChainIter(Ops.GetIter(a[1]));

    private sealed class CompressIter(PyObject data, PyObject selectors) : Iter(CompressType)
    {
        public override PyObject? Next()
        {
            while (true)
            {
                var d = Ops.Next(data);
                var s = d is null ? null : Ops.Next(selectors);
                if (d is null || s is null)
                {
                    return null;
                }
                if (Ops.IsTrue(s))
                {
                    return d;
                }
            }
        }
    }

    private static PyObject NewCompress(PyType t, PyObject[] a, PyDict? k) =>
        new CompressIter(Ops.GetIter(Arg(a, k, 0, "data", "compress")), Ops.GetIter(Arg(a, k, 1, "selectors", "compress")));

    private sealed class DropWhileIter(PyObject pred, PyObject it) : Iter(DropWhileType)
    {
        private bool _dropping = true;

        public override PyObject? Next()
        {
            while (true)
            {
                var v = Ops.Next(it);
                if (v is null)
                {
                    return null;
                }
                if (!_dropping || !Ops.IsTrue(Ops.Call(pred, [v])))
                {
                    _dropping = false;
                    return v;
                }
            }
        }
    }

    private static PyObject NewDropWhile(PyType t, PyObject[] a, PyDict? k) => new DropWhileIter(a[0], Ops.GetIter(a[1]));

    private sealed class TakeWhileIter(PyObject pred, PyObject it) : Iter(TakeWhileType)
    {
        private bool _done;

        public override PyObject? Next()
        {
            if (_done)
            {
                return null;
            }
            var v = Ops.Next(it);
            if (v is null || !Ops.IsTrue(Ops.Call(pred, [v])))
            {
                _done = true;
                return null;
            }
            return v;
        }
    }

    private static PyObject NewTakeWhile(PyType t, PyObject[] a, PyDict? k) => new TakeWhileIter(a[0], Ops.GetIter(a[1]));

    private sealed class FilterFalseIter(PyObject pred, PyObject it) : Iter(FilterFalseType)
    {
        public override PyObject? Next()
        {
            while (true)
            {
                var v = Ops.Next(it);
                if (v is null)
                {
                    return null;
                }
                var keep = pred is PyNone ? !Ops.IsTrue(v) : !Ops.IsTrue(Ops.Call(pred, [v]));
                if (keep)
                {
                    return v;
                }
            }
        }
    }

    private static PyObject NewFilterFalse(PyType t, PyObject[] a, PyDict? k) => new FilterFalseIter(a[0], Ops.GetIter(a[1]));

    // ---- groupby ---------------------------------------------------------------------------------

    /// <summary>groupby: the groups share the underlying iterator; advancing the groupby abandons the current group.</summary>
    private sealed class GroupByIter(PyObject it, PyObject? key) : Iter(GroupByType)
    {
        public PyObject? CurrentKey;
        public PyObject? CurrentValue;
        public PyObject? TargetKey;
        public bool Exhausted;
        public int Generation;

        public bool Step()
        {
            var v = Ops.Next(it);
            if (v is null)
            {
                Exhausted = true;
                return false;
            }
            CurrentValue = v;
            CurrentKey = key is null ? v : Ops.Call(key, [v]);
            return true;
        }

        public override PyObject? Next()
        {
            Generation++;
            if (CurrentKey is null)
            {
                if (!Step())
                {
                    return null;
                }
            }
            else if (TargetKey is not null)
            {
                while (Ops.Eq(CurrentKey, TargetKey))
                {
                    if (!Step())
                    {
                        return null;
                    }
                }
            }
            if (Exhausted)
            {
                return null;
            }
            var groupKey = CurrentKey!;
            TargetKey = groupKey;
            return PyTuple.Of(groupKey, new GrouperIter(this, groupKey, Generation));
        }
    }

    private sealed class GrouperIter(GroupByIter parent, PyObject key, int generation) : Iter(GrouperType)
    {
        private bool _first = true;

        public override PyObject? Next()
        {
            if (parent.Generation != generation || parent.Exhausted)
            {
                return null;
            }
            if (_first)
            {
                _first = false;
                return parent.CurrentValue;
            }
            if (!parent.Step() || !Ops.Eq(parent.CurrentKey!, key))
            {
                return null;
            }
            return parent.CurrentValue;
        }
    }

    private static PyObject NewGroupBy(PyType t, PyObject[] a, PyDict? k)
    {
        var key = Def.Arg(a, k, 1, "key");
        return new GroupByIter(Ops.GetIter(Arg(a, k, 0, "iterable", "groupby")), key is PyNone ? null : key);
    }

    // ---- islice, pairwise, starmap, zip_longest -----------------------------------------------

    private sealed class ISliceIter(PyObject it, long start, long stop, long step) : Iter(ISliceType)
    {
        private long _index;
        private long _next = start;

        public override PyObject? Next()
        {
            while (stop < 0 || _next < stop)
            {
                var v = Ops.Next(it);
                if (v is null)
                {
                    return null;
                }
                var i = _index++;
                if (i == _next)
                {
                    _next += step;
                    return v;
                }
            }
            return null;
        }
    }

    private static long SliceArg(PyObject o, string what)
    {
        if (o is PyNone)
        {
            return -1;
        }
        if (!Ops.IsInt(o))
        {
            throw Errors.ValueError($"{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        var v = Ops.IndexValue(o);
        return v < 0 ? throw Errors.ValueError($"{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.") : v;
    }

    private static PyObject NewISlice(PyType t, PyObject[] a, PyDict? k)
    {
        if (a.Length is < 2 or > 4)
        {
            throw Errors.TypeError($"islice expected at most 4 arguments, got {a.Length}");
        }
        var it = Ops.GetIter(a[0]);
        if (a.Length == 2)
        {
            return new ISliceIter(it, 0, SliceArg(a[1], "Stop"), 1);
        }
        var start = a[1] is PyNone ? 0 : SliceArg(a[1], "Indices");
        var stop = SliceArg(a[2], "Stop");
        var step = a.Length > 3 && a[3] is not PyNone ? SliceArg(a[3], "Step") : 1;
        if (step < 1)
        {
            throw Errors.ValueError("Step for islice() must be a positive integer or None.");
        }
        return new ISliceIter(it, start, stop, step);
    }

    private sealed class PairwiseIter(PyObject it) : Iter(PairwiseType)
    {
        private PyObject? _old;

        public override PyObject? Next()
        {
            _old ??= Ops.Next(it);
            if (_old is null)
            {
                return null;
            }
            var v = Ops.Next(it);
            if (v is null)
            {
                return null;
            }
            var r = PyTuple.Of(_old, v);
            _old = v;
            return r;
        }
    }

    private static PyObject NewPairwise(PyType t, PyObject[] a, PyDict? k) => new PairwiseIter(Ops.GetIter(a[0]));

    private sealed class StarMapIter(PyObject func, PyObject it) : Iter(StarMapType)
    {
        public override PyObject? Next()
        {
            var v = Ops.Next(it);
            return v is null ? null : Ops.Call(func, Conversions.ToArray(v));
        }
    }

    private static PyObject NewStarMap(PyType t, PyObject[] a, PyDict? k) => new StarMapIter(a[0], Ops.GetIter(a[1]));

    private sealed class ZipLongestIter(PyObject?[] its, PyObject fill) : Iter(ZipLongestType)
    {
        private int _active = its.Length;

        public override PyObject? Next()
        {
            if (its.Length == 0 || _active == 0)
            {
                return null;
            }
            var items = new PyObject[its.Length];
            for (var i = 0; i < its.Length; i++)
            {
                var v = its[i] is { } it ? Ops.Next(it) : null;
                if (v is null)
                {
                    if (its[i] is not null)
                    {
                        its[i] = null;
                        _active--;
                        if (_active == 0)
                        {
                            return null;
                        }
                    }
                    v = fill;
                }
                items[i] = v;
            }
            return new PyTuple(items);
        }
    }

    private static PyObject NewZipLongest(PyType t, PyObject[] a, PyDict? k)
    {
        var its = new PyObject?[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            its[i] = Ops.GetIter(a[i]);
        }
        return new ZipLongestIter(its, k?.Get("fillvalue") ?? PyNone.Instance);
    }

    // ---- combinatorics ----------------------------------------------------------------------------

    /// <summary>Yields precomputed index tuples lazily over a pool (the shared shape of product and friends).</summary>
    private sealed class IndexIter(PyType type, PyObject[] pool, Func<int[]?, int[]?> advance, int[]? first) : Iter(type)
    {
        private int[]? _indices = first;
        private bool _started;

        public override PyObject? Next()
        {
            if (_started)
            {
                _indices = _indices is null ? null : advance(_indices);
            }
            _started = true;
            if (_indices is null)
            {
                return null;
            }
            var items = new PyObject[_indices.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = pool[_indices[i]];
            }
            return new PyTuple(items);
        }
    }

    private sealed class ProductIter(PyObject[][] pools) : Iter(ProductType)
    {
        private int[]? _indices;
        private bool _done;

        public override PyObject? Next()
        {
            if (_done)
            {
                return null;
            }
            if (_indices is null)
            {
                foreach (var p in pools)
                {
                    if (p.Length == 0)
                    {
                        _done = true;
                        return null;
                    }
                }
                _indices = new int[pools.Length];
            }
            else
            {
                var i = pools.Length - 1;
                for (; i >= 0; i--)
                {
                    if (++_indices[i] < pools[i].Length)
                    {
                        break;
                    }
                    _indices[i] = 0;
                }
                if (i < 0)
                {
                    _done = true;
                    return null;
                }
            }
            var items = new PyObject[pools.Length];
            for (var j = 0; j < items.Length; j++)
            {
                items[j] = pools[j][_indices[j]];
            }
            return new PyTuple(items);
        }
    }

    private static PyObject NewProduct(PyType t, PyObject[] a, PyDict? k)
    {
        var repeat = k?.Get("repeat") is { } r ? Ops.IndexValue(r) : 1;
        if (repeat < 0)
        {
            throw Errors.ValueError("repeat argument cannot be negative");
        }
        var pools = new List<PyObject[]>();
        for (var n = 0; n < repeat; n++)
        {
            foreach (var x in a)
            {
                pools.Add(Conversions.ToArray(x));
            }
        }
        return new ProductIter([.. pools]);
    }

    private static PyObject NewPermutations(PyType t, PyObject[] a, PyDict? k)
    {
        var pool = Conversions.ToArray(Arg(a, k, 0, "iterable", "permutations"));
        var n = pool.Length;
        var rArg = Def.Arg(a, k, 1, "r");
        var r = rArg is null or PyNone ? n : (int)Ops.IndexValue(rArg);
        if (r < 0)
        {
            throw Errors.ValueError("r must be non-negative");
        }
        // The cycles algorithm of the itertools documentation, over index arrays.
        var indices = new int[n];
        for (var i = 0; i < n; i++)
        {
            indices[i] = i;
        }
        var cycles = new int[Math.Max(r, 0)];
        for (var i = 0; i < r; i++)
        {
            cycles[i] = n - i;
        }
        int[]? Current() => indices[..r];
        int[]? Advance(int[]? _)
        {
            for (var i = r - 1; i >= 0; i--)
            {
                cycles[i]--;
                if (cycles[i] == 0)
                {
                    var first = indices[i];
                    Array.Copy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                }
                else
                {
                    var j = cycles[i];
                    (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                    return Current();
                }
            }
            return null;
        }
        return new IndexIter(PermutationsType, pool, Advance, r > n ? null : Current());
    }

    private static PyObject NewCombinations(PyType t, PyObject[] a, PyDict? k)
    {
        var pool = Conversions.ToArray(Arg(a, k, 0, "iterable", "combinations"));
        var r = (int)Ops.IndexValue(Arg(a, k, 1, "r", "combinations"));
        if (r < 0)
        {
            throw Errors.ValueError("r must be non-negative");
        }
        var n = pool.Length;
        int[]? Advance(int[]? prev)
        {
            var indices = (int[])prev!.Clone();
            var i = r - 1;
            while (i >= 0 && indices[i] == i + n - r)
            {
                i--;
            }
            if (i < 0)
            {
                return null;
            }
            indices[i]++;
            for (var j = i + 1; j < r; j++)
            {
                indices[j] = indices[j - 1] + 1;
            }
            return indices;
        }
        var first = new int[r];
        for (var i = 0; i < r; i++)
        {
            first[i] = i;
        }
        return new IndexIter(CombinationsType, pool, Advance, r > n ? null : first);
    }

    private static PyObject NewCombinationsWR(PyType t, PyObject[] a, PyDict? k)
    {
        var pool = Conversions.ToArray(Arg(a, k, 0, "iterable", "combinations_with_replacement"));
        var r = (int)Ops.IndexValue(Arg(a, k, 1, "r", "combinations_with_replacement"));
        if (r < 0)
        {
            throw Errors.ValueError("r must be non-negative");
        }
        var n = pool.Length;
        int[]? Advance(int[]? prev)
        {
            var indices = (int[])prev!.Clone();
            var i = r - 1;
            while (i >= 0 && indices[i] == n - 1)
            {
                i--;
            }
            if (i < 0)
            {
                return null;
            }
            var v = indices[i] + 1;
            for (var j = i; j < r; j++)
            {
                indices[j] = v;
            }
            return indices;
        }
        return new IndexIter(CombinationsWRType, pool, Advance, n == 0 && r > 0 ? null : new int[r]);
    }

    // ---- tee -------------------------------------------------------------------------------------

    /// <summary>The buffer the tee iterators share: each reads at its own position.</summary>
    private sealed class TeeData(PyObject it)
    {
        public readonly List<PyObject> Buffer = [];
        public bool Exhausted;

        public PyObject? Get(int i)
        {
            while (i >= Buffer.Count && !Exhausted)
            {
                var v = Ops.Next(it);
                if (v is null)
                {
                    Exhausted = true;
                }
                else
                {
                    Buffer.Add(v);
                }
            }
            return i < Buffer.Count ? Buffer[i] : null;
        }
    }

    private sealed class TeeIter(TeeData data, int position) : Iter(TeeType)
    {
        public readonly TeeData Data = data;
        public int Position = position;

        public override PyObject? Next()
        {
            var v = Data.Get(Position);
            if (v is not null)
            {
                Position++;
            }
            return v;
        }
    }

    private static PyObject Tee(PyObject[] a, PyDict? k)
    {
        var n = a.Length > 1 ? Ops.IndexValue(a[1]) : 2;
        if (n < 0)
        {
            throw Errors.ValueError("n must be >= 0");
        }
        var source = Ops.GetIter(a[0]);
        var data = source is TeeIter existing ? existing.Data : new TeeData(source);
        var start = source is TeeIter e2 ? e2.Position : 0;
        var items = new PyObject[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = new TeeIter(data, start);
        }
        return new PyTuple(items);
    }
}
