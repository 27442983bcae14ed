using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>list.sort and sorted: a stable merge sort on __lt__ (CPython's timsort is stable too; only the order of comparisons differs).</summary>
public static class Sorting
{
    public static void SortList(PyList list, PyObject? key, bool reverse)
    {
        var items = list.ToArray();
        var keys = key is null or PyNone ? items : items.Select(x => Ops.Call(key, [x])).ToArray();
        var order = Enumerable.Range(0, items.Length).ToArray();
        var tmp = new int[order.Length];
        MergeSort(order, tmp, 0, order.Length, keys, reverse);
        for (var i = 0; i < order.Length; i++)
        {
            list.Items[i] = items[order[i]];
        }
    }

    private static void MergeSort(int[] a, int[] tmp, int lo, int hi, PyObject[] keys, bool reverse)
    {
        if (hi - lo < 2)
        {
            return;
        }
        var mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, keys, reverse);
        MergeSort(a, tmp, mid, hi, keys, reverse);
        // Already ordered halves need no merge (keeps sorted input linear).
        if (!Before(keys[a[mid]], keys[a[mid - 1]], reverse))
        {
            return;
        }
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            tmp[k++] = Before(keys[a[j]], keys[a[i]], reverse) ? a[j++] : a[i++];
        }
        while (i < mid)
        {
            tmp[k++] = a[i++];
        }
        while (j < hi)
        {
            tmp[k++] = a[j++];
        }
        Array.Copy(tmp, lo, a, lo, hi - lo);
    }

    /// <summary>Whether x must come strictly before y; reverse sorts keep equal items in their original order too.</summary>
    private static bool Before(PyObject x, PyObject y, bool reverse) => reverse ? Ops.Lt(y, x) : Ops.Lt(x, y);
}
