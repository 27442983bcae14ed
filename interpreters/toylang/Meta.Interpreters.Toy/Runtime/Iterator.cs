namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// The state of a <c>for x in ...</c> loop, kept on the frame's stack while the loop runs.
/// One small sealed class per iterable kind: in a trace, a guard on the class and the
/// optimizer can keep the whole iterator in registers.
/// </summary>
public abstract class Iterator : Value
{
    public override string TypeName => "iterator";

    /// <summary>The next item, or null when the loop is done.</summary>
    public abstract Value? Next();

    public static Iterator For(Value iterable) => iterable switch
    {
        ListValue list => new ListIterator(list),
        RangeValue range => new RangeIterator(range),
        StringValue text => new StringIterator(text.Value),
        MapValue map => new MapKeyIterator(map),
        _ => throw Errors.CannotIterate(iterable),
    };
}

/// <summary>Items of a list by position; items appended during the loop are visited too.</summary>
public sealed class ListIterator(ListValue list) : Iterator
{
    private readonly ListValue _list = list;
    private int _position;

    public override Value? Next()
    {
        if (_position >= _list.Count)
        {
            return null;
        }
        var item = _list.Get(_position);
        _position++;
        return item;
    }
}

/// <summary>The ints of a range.</summary>
public sealed class RangeIterator(RangeValue range) : Iterator
{
    private readonly long _stop = range.Stop;
    private readonly long _step = range.Step;
    private long _next = range.Start;
    private bool _done;

    public override Value? Next()
    {
        if (_done || (_step > 0 ? _next >= _stop : _next <= _stop))
        {
            return null;
        }
        var item = new IntValue(_next);
        // Stop instead of wrapping around when the next int would not fit.
        _done = _step > 0 ? _next > long.MaxValue - _step : _next < long.MinValue - _step;
        _next = unchecked(_next + _step);
        return item;
    }
}

/// <summary>The one-character strings of a string.</summary>
public sealed class StringIterator(string text) : Iterator
{
    private readonly string _text = text;
    private int _position;

    public override Value? Next()
    {
        if (_position >= _text.Length)
        {
            return null;
        }
        var item = new StringValue(_text.Substring(_position, 1));
        _position++;
        return item;
    }
}

/// <summary>The keys of a map in insertion order; keys added during the loop are visited too.</summary>
public sealed class MapKeyIterator(MapValue map) : Iterator
{
    private readonly MapValue _map = map;
    private int _position;

    public override Value? Next()
    {
        if (_position >= _map.Count)
        {
            return null;
        }
        var key = _map.KeyAt(_position);
        _position++;
        return key;
    }
}
