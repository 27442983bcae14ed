using System.Numerics;
using System.Text;
using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Objects;

public static partial class Ops
{
    private static readonly string[] Symbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"];
    // The operator method names, indexed by Operator.
    private static readonly string[] LeftNames = ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__"];
    private static readonly string[] RightNames = ["__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__"];
    private static readonly string[] InplaceNames = ["__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__"];

    /// <summary>A binary operator (CPython's binary_op1): fast paths for ints and floats, then __op__/__rop__.</summary>
    public static PyObject Binary(Operator op, PyObject a, PyObject b)
    {
        if ((a is IUserSubclass || b is IUserSubclass) && UserBinary(op, a, b) is { } user)
        {
            return user;
        }
        if (a is PyInstance && b is not (PyComplex or PyBytes or PyByteArray))
        {
            // An instance of a class statement's class: no native operator applies, only its dunders.
            return DunderBinary(op, a, b);
        }
        if (a is PyInt ia && b is PyInt ib)
        {
            return IntOps.Binary(op, ia.Value, ib.Value);
        }
        if (a is PyFloat || b is PyFloat)
        {
            if (TryToDouble(a, out var x) && TryToDouble(b, out var y))
            {
                return FloatOps.Binary(op, x, y);
            }
        }
        if (IsInt(a) && IsInt(b))
        {
            return IntOps.BigBinary(op, ToBig(a), ToBig(b));
        }
        if (a is PyComplex || b is PyComplex)
        {
            var complex = ComplexOps.Binary(op, a, b);
            if (complex is not null)
            {
                return complex;
            }
        }
        var native = NativeBinary(op, a, b);
        if (native is not null)
        {
            return native;
        }
        return DunderBinary(op, a, b);
    }

    public static PyObject Inplace(Operator op, PyObject a, PyObject b)
    {
        // Builtin numbers and strings have no in-place methods: the binary form is the answer.
        if (a is PyInt or PyFloat or PyStr && a is not IUserSubclass)
        {
            return Binary(op, a, b);
        }
        var inplaceName = InplaceNames[(int)op];
        if (Override(a, inplaceName) is { } inplace && CallMethod(inplace, a, b) is var inplaceResult && inplaceResult is not PyNotImplemented)
        {
            return inplaceResult;
        }
        if (a is PyInt ia && b is PyInt ib && a is not IUserSubclass && b is not IUserSubclass)
        {
            return IntOps.Binary(op, ia.Value, ib.Value);
        }
        if (a is PyByteArray byteArray && op == Operator.Add && Builtins.BytesMethods.BytesLike(b) is { } extra)
        {
            byteArray.Replace([.. byteArray.ToArray(), .. extra]);
            return byteArray;
        }
        if (a is PyList list && op == Operator.Add)
        {
            ListExtend(list, b);
            return list;
        }
        if (a is PyInstance || a.Type.Lookup(inplaceName) is PyBuiltinFunction { IsSlot: true })
        {
            var method = a.Type.Lookup(inplaceName);
            if (method is not null)
            {
                var r = CallMethod(method, a, b);
                if (r is not PyNotImplemented)
                {
                    return r;
                }
            }
        }
        if (a is PySet set && !set.Frozen && b is PySet && op is Operator.BitOr or Operator.BitAnd or Operator.Sub or Operator.BitXor)
        {
            var result = (PySet)Binary(op, a, b);
            set.Items.Clear();
            foreach (var item in result.ToArray())
            {
                set.Add(item);
            }
            return set;
        }
        return Binary(op, a, b);
    }

    /// <summary>Python-level operator methods and the slots of native modules' types (<see cref="PyBuiltinFunction.IsSlot"/>).</summary>
    private static PyObject? PythonLevel(PyObject? method) =>
        method is PyFunction || method is PyBuiltinFunction { IsSlot: true } ? method : null;

    private static PyObject DunderBinary(Operator op, PyObject a, PyObject b)
    {
        // Native operators were tried in NativeBinary; only Python-level methods are dispatched here.
        var leftMethod = PythonLevel(a.Type.Lookup(LeftNames[(int)op]));
        var rightMethod = ReferenceEquals(a.Type, b.Type) ? null : PythonLevel(b.Type.Lookup(RightNames[(int)op]));
        if (rightMethod is not null && b.Type.IsSubtypeOf(a.Type) && !ReferenceEquals(a.Type, b.Type))
        {
            var r = CallMethod(rightMethod, b, a);
            if (r is not PyNotImplemented)
            {
                return r;
            }
            rightMethod = null;
        }
        if (leftMethod is not null)
        {
            var r = CallMethod(leftMethod, a, b);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        if (rightMethod is not null)
        {
            var r = CallMethod(rightMethod, b, a);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        if (op == Operator.Pow)
        {
            throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}' and '{b.Type.Name}'");
        }
        if (op == Operator.Add && a is PyStr)
        {
            throw Errors.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
        }
        if (op == Operator.Add && a is PyList)
        {
            throw Errors.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
        }
        if (op == Operator.Add && a is PyTuple)
        {
            throw Errors.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
        }
        if (op == Operator.Mult && (a is PyStr or PyList or PyTuple || b is PyStr or PyList or PyTuple))
        {
            var seq = a is PyStr or PyList or PyTuple ? b : a;
            throw Errors.TypeError($"can't multiply sequence by non-int of type '{seq.Type.Name}'");
        }
        throw Errors.TypeError($"unsupported operand type(s) for {Symbols[(int)op]}: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    /// <summary>Operators of builtin non-numeric types: sequence concatenation and repetition, % formatting, set algebra.</summary>
    private static PyObject? NativeBinary(Operator op, PyObject a, PyObject b)
    {
        if ((a is PyBytes or PyByteArray || b is PyBytes or PyByteArray) && BytesBinary(op, a, b) is { } bytes)
        {
            return bytes;
        }
        switch (op)
        {
            case Operator.Add:
                if (a is PyStr sa && b is PyStr sb)
                {
                    return new PyStr(string.Concat(sa.Value, sb.Value));
                }
                if (a is PyList la && b is PyList lb)
                {
                    var items = new PyObject[la.Count + lb.Count];
                    Array.Copy(la.Items, items, la.Count);
                    Array.Copy(lb.Items, 0, items, la.Count, lb.Count);
                    return new PyList(items);
                }
                if (a is PyTuple ta && b is PyTuple tb)
                {
                    return new PyTuple([.. ta.Items, .. tb.Items]);
                }
                break;
            case Operator.Mult:
                if (a is PyStr or PyList or PyTuple && IsInt(b))
                {
                    return Repeat(a, IndexValue(b));
                }
                if (b is PyStr or PyList or PyTuple && IsInt(a))
                {
                    return Repeat(b, IndexValue(a));
                }
                break;
            case Operator.Mod:
                if (a is PyStr fmt)
                {
                    return new PyStr(Builtins.PercentFormat.Format(fmt.Value, b));
                }
                break;
            case Operator.BitOr or Operator.BitAnd or Operator.Sub or Operator.BitXor:
                if (a is PySet x && b is PySet y)
                {
                    return SetOps.Binary(op, x, y);
                }
                // Keys and items views are set-like: with any iterable on the other side the result is a set (dictviews_and etc.).
                if ((a is PyDictView { Kind: not 1 } && (b is PySet or PyDictView || b.Type.Lookup("__iter__") is not null))
                    || (b is PyDictView { Kind: not 1 } && (a is PySet or PyDictView || a.Type.Lookup("__iter__") is not null)))
                {
                    return SetOps.Binary(op, Builtins.ContainerMethods.Copy(Builtins.Conversions.ToArray(a), false), Builtins.ContainerMethods.ToSet(b));
                }
                if (a is PyDict da && b is PyDict db && op == Operator.BitOr)
                {
                    var merged = da.Copy();
                    for (var i = 0; i < db.EntryCount; i++)
                    {
                        if (db.KeyAt(i) is { } k)
                        {
                            merged.Set(k, db.ValueAt(i)!);
                        }
                    }
                    return merged;
                }
                break;
        }
        return null;
    }

    private static PyObject Repeat(PyObject seq, long n)
    {
        if (n < 0)
        {
            n = 0;
        }
        switch (seq)
        {
            case PyStr s:
                if (s.Value.Length * n > int.MaxValue / 2)
                {
                    throw Errors.New(TypeObjects.MemoryError, "");
                }
                var sb = new StringBuilder(s.Value.Length * (int)n);
                for (var i = 0; i < n; i++)
                {
                    sb.Append(s.Value);
                }
                return PyStr.From(sb.ToString());
            case PyList l:
                var items = new PyObject[l.Count * n];
                for (var i = 0; i < n; i++)
                {
                    Array.Copy(l.Items, 0, items, i * l.Count, l.Count);
                }
                return new PyList(items);
            default:
                var t = (PyTuple)seq;
                var titems = new PyObject[t.Items.Length * n];
                for (var i = 0; i < n; i++)
                {
                    Array.Copy(t.Items, 0, titems, i * t.Items.Length, t.Items.Length);
                }
                return PyTuple.Of(titems);
        }
    }

    public static PyObject Negate(PyObject a)
    {
        switch (a)
        {
            case PyInt i:
                return i.Value == long.MinValue ? PyInt.FromBig(-(BigInteger)i.Value) : PyInt.From(-i.Value);
            case PyFloat f:
                return new PyFloat(-f.Value);
            case PyLong l:
                return PyInt.FromBig(-l.Value);
            case PyComplex c:
                return new PyComplex(new Complex(-c.Value.Real, -c.Value.Imaginary));
        }
        return UnaryDunder(a, "__neg__", "-");
    }

    public static PyObject Positive(PyObject a) => a switch
    {
        PyBool b => PyInt.From(b.Value),
        PyInt or PyFloat or PyLong or PyComplex => a,
        _ => UnaryDunder(a, "__pos__", "+"),
    };

    public static PyObject Invert(PyObject a) => a switch
    {
        PyInt i => PyInt.From(~i.Value),
        PyLong l => PyInt.FromBig(-l.Value - 1),
        _ => UnaryDunder(a, "__invert__", "~"),
    };

    private static PyObject UnaryDunder(PyObject a, string name, string symbol)
    {
        var method = a.Type.Lookup(name);
        if (method is null)
        {
            throw Errors.TypeError($"bad operand type for unary {symbol}: '{a.Type.Name}'");
        }
        return CallMethod(method, a);
    }
}
