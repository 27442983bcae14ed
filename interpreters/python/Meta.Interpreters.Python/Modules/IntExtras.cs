using System.Numerics;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>int methods the standard library uses beyond Builtins/TypeMethods.cs (Objects/longobject.c): int.from_bytes.</summary>
public static class IntExtras
{
    public static void Install()
    {
        TypeObjects.Int.Dict.TryAdd("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", FromBytes)));
    }

    /// <summary>int.from_bytes(bytes, byteorder='big', *, signed=False) (int_from_bytes_impl).</summary>
    private static PyObject FromBytes(PyObject[] a, PyDict? k)
    {
        var cls = a[0];
        var source = Def.Arg(a, k, 1, "bytes") ?? throw Errors.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
        var order = Def.Arg(a, k, 2, "byteorder") is { } o ? (o as PyStr ?? throw Errors.TypeError("from_bytes() argument 'byteorder' must be str")).Value : "big";
        var signed = k?.Get("signed") is { } s && Ops.IsTrue(s);
        if (order is not ("big" or "little"))
        {
            throw Errors.ValueError("byteorder must be either 'little' or 'big'");
        }
        var data = ByteArray.BytesOf(source);
        if (data is null)
        {
            var items = Conversions.ToArray(source);
            data = new byte[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var v = Ops.IndexValue(items[i]);
                data[i] = v is < 0 or > 255 ? throw Errors.ValueError("bytes must be in range(0, 256)") : (byte)v;
            }
        }
        var value = new BigInteger(data, isUnsigned: !signed, isBigEndian: order == "big");
        var result = PyInt.FromBig(value);
        return ReferenceEquals(cls, TypeObjects.Int) ? result : Ops.Call(cls, [result]);
    }
}
