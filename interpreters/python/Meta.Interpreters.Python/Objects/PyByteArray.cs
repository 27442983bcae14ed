namespace Meta.Interpreters.Python.Objects;

/// <summary>A bytearray: a mutable, growable byte sequence (Objects/bytearrayobject.c).</summary>
public sealed class PyByteArray(byte[] items) : PyObject
{
    public byte[] Items = items;
    public int Count = items.Length;

    public override PyType Type => TypeObjects.ByteArray;

    /// <summary>A copy of the current contents (what read-only bytes operations work on).</summary>
    public byte[] ToArray() => Items.AsSpan(0, Count).ToArray();

    public void Replace(byte[] data)
    {
        Items = data;
        Count = data.Length;
    }
}
