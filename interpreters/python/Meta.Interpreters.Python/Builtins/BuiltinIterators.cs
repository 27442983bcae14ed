using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

public sealed class EnumerateIterator(PyObject source, long start) : PyIterator
{
    private long _index = start;

    public override PyObject? Next() => Ops.Next(source) is { } x ? PyTuple.Of(PyInt.From(_index++), x) : null;
}

/// <summary>zip(*iterables, strict=False): with strict, iterables of different lengths raise ValueError (bltinmodule.c zip_next).</summary>
public sealed class ZipIterator(PyObject[] sources, bool strict = false) : PyIterator
{
    public override PyObject? Next()
    {
        if (sources.Length == 0)
        {
            return null;
        }
        var items = new PyObject[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            var x = Ops.Next(sources[i]);
            if (x is null)
            {
                if (strict)
                {
                    CheckStrict(i);
                }
                return null;
            }
            items[i] = x;
        }
        return PyTuple.Of(items);
    }

    private void CheckStrict(int exhausted)
    {
        if (exhausted > 0)
        {
            var plural = exhausted == 1 ? " " : "s 1-";
            throw Errors.ValueError($"zip() argument {exhausted + 1} is shorter than argument{plural}{exhausted}");
        }
        for (var j = 1; j < sources.Length; j++)
        {
            if (Ops.Next(sources[j]) is not null)
            {
                var plural = j == 1 ? " " : "s 1-";
                throw Errors.ValueError($"zip() argument {j + 1} is longer than argument{plural}{j}");
            }
        }
    }
}

public sealed class MapIterator(PyObject function, PyObject[] sources) : PyIterator
{
    public override PyObject? Next()
    {
        var items = new PyObject[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            var x = Ops.Next(sources[i]);
            if (x is null)
            {
                return null;
            }
            items[i] = x;
        }
        return Ops.Call(function, items);
    }
}

public sealed class FilterIterator(PyObject predicate, PyObject source) : PyIterator
{
    public override PyObject? Next()
    {
        while (Ops.Next(source) is { } x)
        {
            if (predicate is PyNone ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(predicate, [x])))
            {
                return x;
            }
        }
        return null;
    }
}

public sealed class CallableIterator(PyObject callable, PyObject sentinel) : PyIterator
{
    private bool _done;

    public override PyObject? Next()
    {
        if (_done)
        {
            return null;
        }
        var v = Ops.Call(callable, []);
        if (Ops.Eq(v, sentinel))
        {
            _done = true;
            return null;
        }
        return v;
    }
}
