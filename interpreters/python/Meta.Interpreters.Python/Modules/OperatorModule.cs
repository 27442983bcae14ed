using System.Security.Cryptography;
using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _operator (Modules/_operator.c): the operator functions over the object-space operations, and
/// _compare_digest (constant time, for hmac). The attrgetter, itemgetter and methodcaller classes
/// are not written here; operator.py keeps its own Python ones.
/// </summary>
public static class OperatorModule
{
    private static readonly (string Name, Operator Op)[] BinaryOperators =
    [
        ("add", Operator.Add), ("sub", Operator.Sub), ("mul", Operator.Mult), ("matmul", Operator.MatMult), ("truediv", Operator.Div),
        ("floordiv", Operator.FloorDiv), ("mod", Operator.Mod), ("pow", Operator.Pow), ("lshift", Operator.LShift),
        ("rshift", Operator.RShift), ("and_", Operator.BitAnd), ("or_", Operator.BitOr), ("xor", Operator.BitXor),
    ];

    private static readonly (string Name, CompareOperator Op)[] Comparisons =
    [
        ("lt", CompareOperator.Lt), ("le", CompareOperator.LtE), ("eq", CompareOperator.Eq), ("ne", CompareOperator.NotEq),
        ("gt", CompareOperator.Gt), ("ge", CompareOperator.GtE),
    ];

    public static PyModule Create()
    {
        var m = new PyModule("_operator");
        var d = m.Dict;
        foreach (var (name, op) in BinaryOperators)
        {
            var inplace = "i" + name.TrimEnd('_');
            Def.Function(d, name, (a, _) => Ops.Binary(op, Arg(a, 0, name, 2), a[1]));
            Def.Function(d, inplace, (a, _) => Ops.Inplace(op, Arg(a, 0, inplace, 2), a[1]));
        }
        foreach (var (name, op) in Comparisons)
        {
            Def.Function(d, name, (a, _) => Ops.Compare(op, Arg(a, 0, name, 2), a[1]));
        }
        Def.Function(d, "not_", (a, _) => PyBool.From(!Ops.IsTrue(Arg(a, 0, "not_", 1))));
        Def.Function(d, "truth", (a, _) => PyBool.From(Ops.IsTrue(Arg(a, 0, "truth", 1))));
        Def.Function(d, "is_", (a, _) => PyBool.From(ReferenceEquals(Arg(a, 0, "is_", 2), a[1])));
        Def.Function(d, "is_not", (a, _) => PyBool.From(!ReferenceEquals(Arg(a, 0, "is_not", 2), a[1])));
        Def.Function(d, "abs", (a, _) => Ops.Call(BuiltinModule.Dict.Get("abs")!, [Arg(a, 0, "abs", 1)]));
        Def.Function(d, "neg", (a, _) => Ops.Negate(Arg(a, 0, "neg", 1)));
        Def.Function(d, "pos", (a, _) => Ops.Positive(Arg(a, 0, "pos", 1)));
        Def.Function(d, "inv", (a, _) => Ops.Invert(Arg(a, 0, "inv", 1)));
        Def.Function(d, "invert", (a, _) => Ops.Invert(Arg(a, 0, "invert", 1)));
        Def.Function(d, "index", (a, _) => Index(Arg(a, 0, "index", 1)));
        Def.Function(d, "concat", (a, _) => Ops.Binary(Operator.Add, Sequence(Arg(a, 0, "concat", 2)), a[1]));
        Def.Function(d, "iconcat", (a, _) => Ops.Inplace(Operator.Add, Sequence(Arg(a, 0, "iconcat", 2)), a[1]));
        Def.Function(d, "contains", (a, _) => PyBool.From(Ops.Contains(Arg(a, 0, "contains", 2), a[1])));
        Def.Function(d, "countOf", (a, _) => PyInt.From(CountOf(Arg(a, 0, "countOf", 2), a[1])));
        Def.Function(d, "indexOf", (a, _) => PyInt.From(IndexOf(Arg(a, 0, "indexOf", 2), a[1])));
        Def.Function(d, "getitem", (a, _) => Ops.GetItem(Arg(a, 0, "getitem", 2), a[1]));
        Def.Function(d, "setitem", (a, _) => { Ops.SetItem(Arg(a, 0, "setitem", 3), a[1], a[2]); return PyNone.Instance; });
        Def.Function(d, "delitem", (a, _) => { Ops.DelItem(Arg(a, 0, "delitem", 2), a[1]); return PyNone.Instance; });
        Def.Function(d, "length_hint", (a, _) => PyInt.From(LengthHint(Arg(a, 0, "length_hint", a.Length is 1 or 2 ? a.Length : 1), a.Length > 1 ? a[1] : PyInt.From(0))));
        Def.Function(d, "call", (a, k) => Ops.Call(a.Length > 0 ? a[0] : throw Errors.TypeError("call() missing required argument 'obj' (pos 1)"), a[1..], k));
        Def.Function(d, "_compare_digest", (a, _) => PyBool.From(CompareDigest(Arg(a, 0, "_compare_digest", 2), a[1])));
        return m;
    }

    /// <summary>The first argument, after checking the positional count as the clinic wrappers do.</summary>
    private static PyObject Arg(PyObject[] a, int i, string function, int count)
    {
        if (a.Length != count)
        {
            throw Errors.TypeError(count == 1
                ? $"{function}() takes exactly one argument ({a.Length} given)"
                : $"{function} expected {count} arguments, got {a.Length}");
        }
        return a[i];
    }

    private static PyObject Sequence(PyObject a) =>
        a.Type.Lookup("__getitem__") is not null ? a : throw Errors.TypeError($"'{a.Type.Name}' object can't be concatenated");

    /// <summary>PyNumber_Index: an int as it is (bool becomes int), else __index__, which must return an int.</summary>
    private static PyObject Index(PyObject a)
    {
        switch (a)
        {
            case PyBool b:
                return PyInt.From(b.Value);
            case PyInt or PyLong when ReferenceEquals(a.Type, TypeObjects.Int):
                return a;
        }
        if (Ops.IsInt(a))
        {
            return PyInt.FromBig(Ops.ToBig(a));
        }
        var method = a.Type.Lookup("__index__") ?? throw Errors.TypeError($"'{a.Type.Name}' object cannot be interpreted as an integer");
        var result = Ops.CallMethod(method, a);
        return Ops.IsInt(result) ? result : throw Errors.TypeError($"__index__ returned non-int (type {result.Type.Name})");
    }

    private static long CountOf(PyObject seq, PyObject item)
    {
        var it = Ops.GetIter(seq);
        var n = 0L;
        while (Ops.Next(it) is { } x)
        {
            if (ReferenceEquals(x, item) || Ops.Eq(x, item))
            {
                n++;
            }
        }
        return n;
    }

    private static long IndexOf(PyObject seq, PyObject item)
    {
        var it = Ops.GetIter(seq);
        for (var i = 0L; Ops.Next(it) is { } x; i++)
        {
            if (ReferenceEquals(x, item) || Ops.Eq(x, item))
            {
                return i;
            }
        }
        throw Errors.ValueError("sequence.index(x): x not in sequence");
    }

    /// <summary>PyObject_LengthHint: len() when there is one, else __length_hint__ (NotImplemented means the default).</summary>
    private static long LengthHint(PyObject obj, PyObject fallback)
    {
        if (!Ops.IsInt(fallback))
        {
            throw Errors.TypeError($"'{fallback.Type.Name}' object cannot be interpreted as an integer");
        }
        if (obj.Type.Lookup("__len__") is not null)
        {
            return Ops.Len(obj);
        }
        if (obj.Type.Lookup("__length_hint__") is not { } hint)
        {
            return Ops.IndexValue(fallback);
        }
        var result = Ops.CallMethod(hint, obj);
        if (result is PyNotImplemented)
        {
            return Ops.IndexValue(fallback);
        }
        if (!Ops.IsInt(result))
        {
            throw Errors.TypeError($"__length_hint__ must be an integer, not {result.Type.Name}");
        }
        var n = Ops.IndexValue(result);
        return n >= 0 ? n : throw Errors.ValueError("__length_hint__() should return >= 0");
    }

    /// <summary>_compare_digest: a == b in time that does not depend on where they differ; ASCII str or bytes-like, not mixed.</summary>
    private static bool CompareDigest(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb)
        {
            if (!System.Text.Ascii.IsValid(sa.Value) || !System.Text.Ascii.IsValid(sb.Value))
            {
                throw Errors.TypeError("comparing strings with non-ASCII characters is not supported");
            }
            return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(sa.Value), System.Text.Encoding.ASCII.GetBytes(sb.Value));
        }
        var ba = BytesMethods.BytesLike(a) ?? throw Errors.TypeError($"a bytes-like object is required, not '{a.Type.Name}'");
        var bb = BytesMethods.BytesLike(b) ?? throw Errors.TypeError($"a bytes-like object is required, not '{b.Type.Name}'");
        return CryptographicOperations.FixedTimeEquals(ba, bb);
    }
}
