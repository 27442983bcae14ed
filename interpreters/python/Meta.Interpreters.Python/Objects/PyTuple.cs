namespace Meta.Interpreters.Python.Objects;

/// <summary>An immutable sequence; the items array is never written after construction.</summary>
public class PyTuple(PyObject[] items) : PyObject
{
    public static readonly PyTuple Empty = new([]);

    [Meta.Jit.ImmutableElements]
    public readonly PyObject[] Items = items;

    public override PyType Type => TypeObjects.Tuple;

    public static PyTuple Of(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
}
