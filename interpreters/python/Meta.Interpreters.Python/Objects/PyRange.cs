namespace Meta.Interpreters.Python.Objects;

/// <summary>range over 64-bit bounds (CPython's rangeobject.c; big bounds are not supported).</summary>
public sealed class PyRange(long start, long stop, long step) : PyObject
{
    public readonly long Start = start;
    public readonly long Stop = stop;
    public readonly long Step = step;

    public override PyType Type => TypeObjects.Range;

    public long Length
    {
        get
        {
            if (Step > 0)
            {
                return Start < Stop ? ((Stop - Start - 1) / Step) + 1 : 0;
            }
            return Start > Stop ? ((Start - Stop - 1) / -Step) + 1 : 0;
        }
    }
}

public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject
{
    public readonly PyObject Start = start;
    public readonly PyObject Stop = stop;
    public readonly PyObject Step = step;

    public override PyType Type => TypeObjects.Slice;

    /// <summary>CPython's PySlice_GetIndicesEx: clamps to a sequence of <paramref name="length"/>.</summary>
    public void Indices(long length, out long start, out long stop, out long step)
    {
        step = Step is PyNone ? 1 : Ops.IndexValue(Step);
        if (step == 0)
        {
            throw Errors.ValueError("slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        var upper = step < 0 ? length - 1 : length;
        start = Start is PyNone ? (step < 0 ? upper : lower) : Clamp(Ops.IndexValue(Start), length, lower, upper);
        stop = Stop is PyNone ? (step < 0 ? lower : upper) : Clamp(Ops.IndexValue(Stop), length, lower, upper);
    }

    public static long SliceLength(long start, long stop, long step)
    {
        if (step > 0)
        {
            return start < stop ? ((stop - start - 1) / step) + 1 : 0;
        }
        return start > stop ? ((start - stop - 1) / -step) + 1 : 0;
    }

    private static long Clamp(long value, long length, long lower, long upper)
    {
        if (value < 0)
        {
            value += length;
            return value < lower ? lower : value;
        }
        return value > upper ? upper : value;
    }
}
