namespace Meta.Interpreters.Python.Objects;

/// <summary>A list: a growable array of items (CPython's listobject.c over-allocates the same way).</summary>
public class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;

    public PyList()
    {
        Items = [];
    }

    public PyList(PyObject[] items)
    {
        Items = items;
        Count = items.Length;
    }

    public PyList(PyObject[] items, int count)
    {
        Items = items;
        Count = count;
    }

    public override PyType Type => TypeObjects.List;

    public void Append(PyObject item)
    {
        if (Count == Items.Length)
        {
            Grow(Count + 1);
        }
        Items[Count++] = item;
    }

    public void Grow(int needed)
    {
        if (needed <= Items.Length)
        {
            return;
        }
        var size = Math.Max(needed, Items.Length < 4 ? 4 : Items.Length * 2);
        Array.Resize(ref Items, size);
    }

    public void Insert(int index, PyObject item)
    {
        Grow(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = item;
        Count++;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Count--;
        Items[Count] = null!;
    }

    public PyObject[] ToArray()
    {
        var result = new PyObject[Count];
        Array.Copy(Items, result, Count);
        return result;
    }
}
