namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// set and frozenset, over the ordered dict's storage (values unused). Iteration replays
/// CPython's hash-table order for elements with deterministic hashes (<see cref="SetOrder"/>).
/// </summary>
public class PySet(bool frozen) : PyObject
{
    public readonly PyDict Items = new();
    public readonly bool Frozen = frozen;

    public override PyType Type => Frozen ? TypeObjects.FrozenSet : TypeObjects.Set;

    public int Count => Items.Count;

    public void Add(PyObject item) => Items.Set(item, PyNone.Instance);

    public bool Contains(PyObject item) => Items.ContainsKey(item);

    public PyObject[] ToArray() => Items.Keys();

    /// <summary>Every element of this set is in <paramref name="other"/> (set.issubset, the <c>&lt;=</c> of sets).</summary>
    [Meta.Jit.DontLookInside]
    public bool IsSubsetOf(PySet other)
    {
        if (Count > other.Count)
        {
            return false;
        }
        foreach (var item in ToArray())
        {
            if (!other.Contains(item))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The elements in the order CPython would iterate them (see <see cref="SetOrder"/>).</summary>
    public PyObject[] InIterationOrder() => SetOrder.Order(Items.Keys());
}
