namespace Meta.Interpreters.Toy.Runtime;

/// <summary>range(start, stop, step): the ints from start up to (not including) stop, computed as iterated, never stored.</summary>
public sealed class RangeValue(long start, long stop, long step) : Value
{
    public readonly long Start = start;
    public readonly long Stop = stop;
    public readonly long Step = step;

    public override string TypeName => "range";

    /// <summary>How many ints the range gives. Computed in unsigned arithmetic: stop - start may not fit a long.</summary>
    public long Length()
    {
        ulong distance;
        ulong step;
        if (Step > 0)
        {
            if (Stop <= Start)
            {
                return 0;
            }
            distance = unchecked((ulong)Stop - (ulong)Start);
            step = (ulong)Step;
        }
        else
        {
            if (Start <= Stop)
            {
                return 0;
            }
            distance = unchecked((ulong)Start - (ulong)Stop);
            step = unchecked((ulong)-Step);
        }
        var count = ((distance - 1) / step) + 1;
        return count > long.MaxValue ? throw Errors.Message("range too long") : (long)count;
    }
}
