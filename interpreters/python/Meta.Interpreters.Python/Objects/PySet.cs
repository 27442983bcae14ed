namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// set and frozenset, over the ordered dict's storage (values unused). Iteration is in insertion
/// order, unlike CPython's hash order: a known difference (docs/python-interpreter.md).
/// </summary>
public sealed class PySet(bool frozen) : PyObject
{
    public readonly PyDict Items = new();
    public readonly bool Frozen = frozen;

    public override PyType Type => Frozen ? TypeObjects.FrozenSet : TypeObjects.Set;

    public int Count => Items.Count;

    public void Add(PyObject item) => Items.Set(item, PyNone.Instance);

    public bool Contains(PyObject item) => Items.ContainsKey(item);

    public PyObject[] ToArray() => Items.Keys();
}
