using Meta.Jit;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// A growable list: an item array and a count, written out rather than List&lt;T&gt; so that the
/// JIT sees plain field and array accesses when it inlines get and set.
/// </summary>
public sealed class ListValue : Value
{
    /// <summary>Lists longer than this are a runtime error ("list too long"), not a crash of the process.</summary>
    public const int MaxLength = 1 << 28;

    private Value[] _items;

    public ListValue(Value[] items, int count)
    {
        _items = items;
        Count = count;
    }

    public int Count { get; private set; }

    public override string TypeName => "list";

    public static ListValue Empty() => new([], 0);

    public Value Get(long index)
    {
        if (index < 0 || index >= Count)
        {
            throw Errors.IndexOutOfRange("list", index, Count);
        }
        return _items[index];
    }

    public void Set(long index, Value value)
    {
        if (index < 0 || index >= Count)
        {
            throw Errors.IndexOutOfRange("list", index, Count);
        }
        _items[index] = value;
    }

    public void Append(Value value)
    {
        if (Count == _items.Length)
        {
            Grow();
        }
        _items[Count] = value;
        Count++;
    }

    public Value Pop()
    {
        if (Count == 0)
        {
            throw Errors.Message("pop from an empty list");
        }
        Count--;
        var last = _items[Count];
        _items[Count] = NilValue.Instance;
        return last;
    }

    /// <summary>A copy of items [start, end), for slice.</summary>
    [DontLookInside]
    public ListValue Slice(int start, int end)
    {
        var items = new Value[end - start];
        Array.Copy(_items, start, items, 0, end - start);
        return new ListValue(items, items.Length);
    }

    // Rare (amortized) and a loop over the array: a residual call in traces.
    [DontLookInside]
    private void Grow()
    {
        if (_items.Length >= MaxLength)
        {
            throw Errors.ListTooLong();
        }
        var bigger = new Value[Math.Clamp(_items.Length * 2, 4, MaxLength)];
        Array.Copy(_items, bigger, Count);
        _items = bigger;
    }
}
