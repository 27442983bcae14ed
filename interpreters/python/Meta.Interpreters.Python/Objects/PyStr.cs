namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// A str. The text is a System.String (UTF-16); len, indexing and slicing count code points
/// (<see cref="CodePoints"/>), with UTF-16 fast paths when the text has no surrogates, the common
/// case. Single characters are cached.
/// </summary>
public class PyStr : PyObject
{
    private static readonly PyStr[] Latin1 = MakeLatin1();
    public static readonly PyStr Empty = new(string.Empty);

    public readonly string Value;
    private long _hash = -1;
    private int _length = -1;

    public PyStr(string value)
    {
        Value = value;
    }

    public override PyType Type => TypeObjects.Str;

    /// <summary>len(s): the number of code points, computed once.</summary>
    public int Length
    {
        get
        {
            if (_length < 0)
            {
                _length = CodePoints.HasSurrogates(Value) ? CodePoints.Count(Value) : Value.Length;
            }
            return _length;
        }
    }

    /// <summary>Every code point is one UTF-16 unit: UTF-16 indexes are code point indexes.</summary>
    public bool IsBmp => Length == Value.Length;

    public static PyStr From(string value) =>
        value.Length == 1 && value[0] < 256 ? Latin1[value[0]] : value.Length == 0 ? Empty : new PyStr(value);

    public static PyStr FromChar(char c) => c < 256 ? Latin1[c] : new PyStr(c.ToString());

    // Python's str hash is randomized per process; a stable hash keeps runs reproducible and is allowed.
    public long Hash()
    {
        if (_hash == -1)
        {
            var h = (long)Value.GetHashCode(StringComparison.Ordinal);
            _hash = h == -1 ? -2 : h;
        }
        return _hash;
    }

    private static PyStr[] MakeLatin1()
    {
        var table = new PyStr[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = new PyStr(((char)i).ToString());
        }
        return table;
    }
}

public sealed class PyBytes(byte[] value) : PyObject
{
    public readonly byte[] Value = value;

    public override PyType Type => TypeObjects.Bytes;
}
