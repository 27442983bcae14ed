namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// CPython's iteration order of a set whose elements hash deterministically (ints, floats,
/// None, tuples of those): the order of its open-addressing table (Objects/setobject.c:
/// set_add_entry with LINEAR_PROBES = 9 and PERTURB_SHIFT = 5, resized to used*4 when
/// fill*5 >= mask*3). We keep sets insertion-ordered and replay the inserts into such a table
/// when iterating. Removals are not replayed (CPython leaves dummies), so after deletions
/// the order can differ.
/// </summary>
public static class SetOrder
{
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    public static PyObject[] Order(PyObject[] items)
    {
        if (items.Length < 2 || !AllDeterministic(items))
        {
            return items;
        }
        var table = new PyObject?[8];
        var hashes = new ulong[8];
        var used = 0;
        foreach (var item in items)
        {
            var h = (ulong)Ops.Hash(item);
            Insert(table, hashes, item, h);
            used++;
            var mask = (ulong)table.Length - 1;
            if ((ulong)used * 5 >= mask * 3)
            {
                var minUsed = used > 50000 ? used * 2 : used * 4;
                var size = 8;
                while (size <= minUsed)
                {
                    size <<= 1;
                }
                var oldTable = table;
                var oldHashes = hashes;
                table = new PyObject?[size];
                hashes = new ulong[size];
                for (var i = 0; i < oldTable.Length; i++)
                {
                    if (oldTable[i] is { } e)
                    {
                        Insert(table, hashes, e, oldHashes[i]);
                    }
                }
            }
        }
        var result = new PyObject[items.Length];
        var n = 0;
        foreach (var e in table)
        {
            if (e is not null)
            {
                result[n++] = e;
            }
        }
        return result;
    }

    private static void Insert(PyObject?[] table, ulong[] hashes, PyObject item, ulong hash)
    {
        var mask = (ulong)table.Length - 1;
        var perturb = hash;
        var i = hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            while (true)
            {
                if (table[j] is null)
                {
                    table[j] = item;
                    hashes[j] = hash;
                    return;
                }
                if (probes-- == 0)
                {
                    break;
                }
                j++;
            }
            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    private static bool AllDeterministic(PyObject[] items)
    {
        foreach (var item in items)
        {
            if (!Deterministic(item))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Deterministic(PyObject o) => o switch
    {
        PyInt or PyLong or PyFloat or PyNone => true,
        PyTuple t => t.Items.All(Deterministic),
        _ => false,
    };
}
