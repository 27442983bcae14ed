using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _heapq (Modules/_heapqmodule.c): a binary min-heap in a list, compared with &lt; only, and the
/// max-heap helpers heapq.merge/nlargest use. The sift loops are heapq.py's (CPython's C code is
/// the same algorithm); a list resized by a comparison raises as CPython does.
/// </summary>
public static class HeapqModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_heapq");
        var d = m.Dict;
        Def.Function(d, "heappush", (a, _) => Push(Heap(a, 2, "heappush"), a[1]));
        Def.Function(d, "heappop", (a, _) => Pop(Heap(a, 1, "heappop"), max: false));
        Def.Function(d, "heapify", (a, _) => Heapify(Heap(a, 1, "heapify"), max: false));
        Def.Function(d, "heapreplace", (a, _) => Replace(Heap(a, 2, "heapreplace"), a[1], max: false));
        Def.Function(d, "heappushpop", (a, _) => PushPop(Heap(a, 2, "heappushpop"), a[1]));
        Def.Function(d, "_heappop_max", (a, _) => Pop(Heap(a, 1, "_heappop_max"), max: true));
        Def.Function(d, "_heapify_max", (a, _) => Heapify(Heap(a, 1, "_heapify_max"), max: true));
        Def.Function(d, "_heapreplace_max", (a, _) => Replace(Heap(a, 2, "_heapreplace_max"), a[1], max: true));
        return m;
    }

    private static PyList Heap(PyObject[] a, int arity, string function)
    {
        if (a.Length != arity)
        {
            throw Errors.TypeError(arity == 1
                ? $"{function}() takes exactly one argument ({a.Length} given)"
                : $"{function} expected {arity} arguments, got {a.Length}");
        }
        return a[0] is PyList list ? list
            : throw Errors.TypeError($"{function}() argument{(arity == 1 ? "" : " 1")} must be list, not {a[0].Type.Name}");
    }

    /// <summary>a &lt; b for a min-heap, b &lt; a for a max-heap; the list must not change size meanwhile.</summary>
    private static bool Before(PyList heap, PyObject a, PyObject b, bool max, int size)
    {
        var result = max ? Ops.Lt(b, a) : Ops.Lt(a, b);
        if (heap.Count != size)
        {
            throw Errors.RuntimeError("list changed size during iteration");
        }
        return result;
    }

    /// <summary>_siftdown: move the item at pos up towards start while it is smaller than its parent.</summary>
    private static void SiftDown(PyList heap, int start, int pos, bool max)
    {
        var size = heap.Count;
        var item = heap.Items[pos];
        while (pos > start)
        {
            var parentPos = (pos - 1) >> 1;
            var parent = heap.Items[parentPos];
            if (!Before(heap, item, parent, max, size))
            {
                break;
            }
            heap.Items[pos] = parent;
            pos = parentPos;
        }
        heap.Items[pos] = item;
    }

    /// <summary>_siftup: bubble the smaller child up to the leaf level, then sift the item down from there.</summary>
    private static void SiftUp(PyList heap, int pos, bool max)
    {
        var end = heap.Count;
        var start = pos;
        var item = heap.Items[pos];
        var child = (2 * pos) + 1;
        while (child < end)
        {
            var right = child + 1;
            if (right < end && !Before(heap, heap.Items[child], heap.Items[right], max, end))
            {
                child = right;
            }
            heap.Items[pos] = heap.Items[child];
            pos = child;
            child = (2 * pos) + 1;
        }
        heap.Items[pos] = item;
        SiftDown(heap, start, pos, max);
    }

    private static PyObject Push(PyList heap, PyObject item)
    {
        heap.Append(item);
        SiftDown(heap, 0, heap.Count - 1, max: false);
        return PyNone.Instance;
    }

    private static PyObject Pop(PyList heap, bool max)
    {
        if (heap.Count == 0)
        {
            throw Errors.IndexError("index out of range");
        }
        var last = heap.Items[heap.Count - 1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0)
        {
            return last;
        }
        var top = heap.Items[0];
        heap.Items[0] = last;
        SiftUp(heap, 0, max);
        return top;
    }

    private static PyObject Replace(PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0)
        {
            throw Errors.IndexError("index out of range");
        }
        var top = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(heap, 0, max);
        return top;
    }

    /// <summary>heappushpop: the item itself when it is not greater than the top (a comparison may empty the list).</summary>
    private static PyObject PushPop(PyList heap, PyObject item)
    {
        if (heap.Count == 0 || !Ops.Lt(heap.Items[0], item))
        {
            return item;
        }
        if (heap.Count == 0)
        {
            throw Errors.IndexError("index out of range");
        }
        var top = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(heap, 0, max: false);
        return top;
    }

    private static PyObject Heapify(PyList heap, bool max)
    {
        for (var i = (heap.Count / 2) - 1; i >= 0; i--)
        {
            SiftUp(heap, i, max);
        }
        return PyNone.Instance;
    }
}
