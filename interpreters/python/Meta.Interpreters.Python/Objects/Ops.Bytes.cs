using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Builtins;

namespace Meta.Interpreters.Python.Objects;

/// <summary>Operators of bytes and bytearray: concatenation, repetition, comparison, membership, item access.</summary>
public static partial class Ops
{
    /// <summary>+ and * of bytes-like operands (the result has the left operand's kind), or null.</summary>
    private static PyObject? BytesBinary(Operator op, PyObject a, PyObject b)
    {
        if (op == Operator.Add && BytesMethods.BytesLike(a) is { } x && BytesMethods.BytesLike(b) is { } y)
        {
            byte[] joined = [.. x, .. y];
            return a is PyByteArray ? new PyByteArray(joined) : new PyBytes(joined);
        }
        if (op == Operator.Mult)
        {
            var (seq, count) = BytesMethods.BytesLike(a) is not null && IsInt(b) ? (a, b) : BytesMethods.BytesLike(b) is not null && IsInt(a) ? (b, a) : (null, null);
            if (seq is not null)
            {
                var data = BytesMethods.BytesLike(seq)!;
                var n = Math.Max(0, IndexValue(count!));
                var result = new byte[data.Length * n];
                for (var i = 0; i < n; i++)
                {
                    data.CopyTo(result, i * data.Length);
                }
                return seq is PyByteArray ? new PyByteArray(result) : new PyBytes(result);
            }
        }
        return null;
    }

    /// <summary>Comparison of two bytes-like objects: lexicographic by byte value, or null.</summary>
    private static PyObject? BytesCompare(CompareOperator op, PyObject a, PyObject b)
    {
        if (BytesMethods.BytesLike(a) is not { } x || BytesMethods.BytesLike(b) is not { } y)
        {
            return null;
        }
        return PyBool.From(CompareValues(op, x.AsSpan().SequenceCompareTo(y)));
    }

    /// <summary>bytearray item assignment: an index takes an int 0..255, a slice any bytes-like or iterable of ints.</summary>
    private static void ByteArraySetItem(PyByteArray target, PyObject key, PyObject value)
    {
        if (key is PySlice slice)
        {
            var data = target.ToArray();
            slice.Indices(data.Length, out var start, out var stop, out var step);
            var replacement = BytesMethods.BytesLike(value) ?? BytesFromInts(value);
            if (step != 1)
            {
                throw Errors.ValueError("extended slice assignment is not supported for bytearray");
            }
            stop = Math.Max(start, stop);
            target.Replace([.. data[..(int)start], .. replacement, .. data[(int)stop..]]);
            return;
        }
        target.Items[NormalizeIndex(IndexValue(key), target.Count, "bytearray")] = BytesMethods.ByteValue(value);
    }

    private static byte[] BytesFromInts(PyObject iterable)
    {
        var items = Builtins.Conversions.ToArray(iterable);
        var result = new byte[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            result[i] = BytesMethods.ByteValue(items[i]);
        }
        return result;
    }

    private static void ByteArrayDelItem(PyByteArray target, PyObject key)
    {
        var data = target.ToArray();
        if (key is PySlice slice)
        {
            slice.Indices(data.Length, out var start, out var stop, out var step);
            var keep = new List<byte>();
            var n = PySlice.SliceLength(start, stop, step);
            var removed = new HashSet<long>();
            for (long i = 0, j = start; i < n; i++, j += step)
            {
                removed.Add(j);
            }
            for (var i = 0; i < data.Length; i++)
            {
                if (!removed.Contains(i))
                {
                    keep.Add(data[i]);
                }
            }
            target.Replace(keep.ToArray());
            return;
        }
        var index = NormalizeIndex(IndexValue(key), data.Length, "bytearray");
        target.Replace([.. data[..(int)index], .. data[(int)(index + 1)..]]);
    }

    /// <summary>`x in b`: an int is a byte value, a bytes-like object a subsequence.</summary>
    private static bool BytesContains(byte[] data, PyObject item)
    {
        if (IsInt(item))
        {
            return Array.IndexOf(data, BytesMethods.ByteValue(item)) >= 0;
        }
        var needle = BytesMethods.BytesLike(item) ?? throw Errors.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
        return data.AsSpan().IndexOf(needle) >= 0;
    }
}
