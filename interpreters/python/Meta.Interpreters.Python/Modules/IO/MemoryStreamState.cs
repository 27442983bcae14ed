using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>
/// The state BytesIO and StringIO share (bytesio.c and stringio.c keep the same): Length items of
/// Data and a position that may lie past the end, where a write first pads with zeros.
/// </summary>
public abstract class PyMemoryStream<T>(PyType type) : PyIOObject(type)
    where T : struct
{
    public T[] Data = [];
    public int Length;
    public long Position;
    public bool Closed;

    /// <summary>Writes at the position (zero padding past the end) and moves past what was written.</summary>
    public void Store(ReadOnlySpan<T> items)
    {
        var end = Position + items.Length;
        if (end > Data.Length)
        {
            Array.Resize(ref Data, (int)Math.Max(end, Data.Length * 2L));
        }
        if (Position > Length)
        {
            Array.Clear(Data, Length, (int)(Position - Length));
        }
        items.CopyTo(Data.AsSpan((int)Position));
        Position = end;
        Length = (int)Math.Max(Length, end);
    }

    /// <summary>truncate(size=None): the size (default the position) without moving the position.</summary>
    public PyObject Truncate(PyObject? size, string negativeMessage)
    {
        var n = size is not null and not PyNone ? Ops.IndexValue(size) : Position;
        if (n < 0)
        {
            throw Errors.ValueError($"{negativeMessage} {n}");
        }
        if (n < Length)
        {
            Length = (int)n;
        }
        return PyInt.From(n);
    }
}
