using System.Numerics;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>Constructors of the builtin types and the methods of object, type, int, float, exceptions and generators.</summary>
public static class TypeMethods
{
    public static void Register()
    {
        TypeObjects.Int.NativeNew = (t, a, k) => BuiltinSubclass.Int(t, NewInt(a));
        TypeObjects.Bool.NativeNew = (t, a, k) => PyBool.From(a.Length > 0 && Ops.IsTrue(a[0]));
        TypeObjects.Float.NativeNew = (t, a, k) => BuiltinSubclass.Float(t, NewFloat(a));
        // str(bytes-like, encoding[, errors]) is the bytes' decode.
        TypeObjects.Str.NativeNew = (t, a, k) => BuiltinSubclass.Str(t, a.Length == 0 ? PyStr.Empty
            : a.Length > 1 && BytesMethods.BytesLike(a[0]) is not null ? (PyStr)Ops.Call(TypeObjects.Bytes.Dict["decode"], a, k)
            : PyStr.From(Ops.Str(a[0])));
        TypeObjects.List.NativeNew = (t, a, k) => ReferenceEquals(t, TypeObjects.List) ? new PyList(a.Length == 0 ? [] : Conversions.ToArray(a[0]).ToArray()) : new PyListSub(t);
        TypeObjects.Tuple.NativeNew = (t, a, k) => BuiltinSubclass.Tuple(t, a.Length == 0 ? PyTuple.Empty : a[0] is PyTuple { } given && given is not IUserSubclass ? given : PyTuple.Of(Conversions.ToArray(a[0])));
        TypeObjects.Dict.NativeNew = (t, a, k) => { if (!ReferenceEquals(t, TypeObjects.Dict)) { return new PyDictSub(t); } var d = new PyDict(); if (a.Length > 0) { DictMethods.Update(d, a[0]); } if (k is not null) { DictMethods.Update(d, k); } return d; };
        TypeObjects.Set.NativeNew = (t, a, k) => ReferenceEquals(t, TypeObjects.Set) ? ContainerMethods.Copy(a.Length == 0 ? [] : Conversions.ToArray(a[0]), false) : new PySetSub(t, false);
        TypeObjects.FrozenSet.NativeNew = (t, a, k) => BuiltinSubclass.FrozenSet(t, ContainerMethods.Copy(a.Length == 0 ? [] : Conversions.ToArray(a[0]), true));
        TypeObjects.Range.NativeNew = (t, a, k) => NewRange(a);
        TypeObjects.Slice.NativeNew = (t, a, k) => a.Length == 1 ? new PySlice(PyNone.Instance, a[0], PyNone.Instance) : new PySlice(a[0], a[1], a.Length > 2 ? a[2] : PyNone.Instance);
        TypeObjects.Property.NativeNew = (t, a, k) => new PyProperty(Arg(a, k, 0, "fget"), Arg(a, k, 1, "fset"), Arg(a, k, 2, "fdel"), Arg(a, k, 3, "doc") ?? (Arg(a, k, 0, "fget") is PyFunction getter ? getter.Doc : PyNone.Instance));
        TypeObjects.ClassMethod.NativeNew = (t, a, k) => new PyClassMethod(a[0]);
        TypeObjects.StaticMethod.NativeNew = (t, a, k) => new PyStaticMethod(a[0]);
        TypeObjects.Super.NativeNew = (t, a, k) => NewSuper(a);
        TypeObjects.TypeType.NativeNew = (t, a, k) => ClassBuilder.TypeNew([t, .. a], k);

        var p = TypeObjects.Property;
        Def.Method(p, "getter", (a, _) => { var q = (PyProperty)a[0]; return new PyProperty(a[1], q.Setter, q.Deleter, q.Doc is PyNone && a[1] is PyFunction getter ? getter.Doc : q.Doc); });
        Def.Method(p, "setter", (a, _) => { var q = (PyProperty)a[0]; return new PyProperty(q.Getter, a[1], q.Deleter, q.Doc); });
        Def.Method(p, "deleter", (a, _) => { var q = (PyProperty)a[0]; return new PyProperty(q.Getter, q.Setter, a[1], q.Doc); });
        Def.Method(p, "__get__", (a, _) => a[1] is PyNone ? a[0] : Ops.Call(((PyProperty)a[0]).Getter ?? throw Errors.AttributeError("unreadable attribute"), [a[1]]));

        var o = TypeObjects.Object;
        Def.Method(o, "__init__", (a, _) => PyNone.Instance);
        Def.Method(o, "__repr__", (a, _) => PyStr.From(Ops.DefaultRepr(a[0])));
        Def.Method(o, "__str__", (a, _) => PyStr.From(Ops.Repr(a[0])));
        Def.Method(o, "__eq__", (a, _) => ReferenceEquals(a[0], a[1]) ? PyBool.True : PyNotImplemented.Instance);
        Def.Method(o, "__ne__", (a, _) => ReferenceEquals(a[0], a[1]) ? PyBool.False : PyNotImplemented.Instance);
        Def.Method(o, "__hash__", (a, _) => PyInt.From(Identity.Of(a[0]) >> 4));
        Def.Method(o, "__setattr__", (a, _) => { ((PyInstance)a[0]).SetAttribute(((PyStr)a[1]).Value, a[2]); return PyNone.Instance; });
        Def.Method(o, "__getattribute__", (a, _) => Ops.GetAttr(a[0], ((PyStr)a[1]).Value));
        Def.Method(o, "__format__", (a, _) => PyStr.From(Formatting.Format(PyStr.From(Ops.Str(a[0])), ((PyStr)a[1]).Value)));
        // object.__new__ builds the instance layout of the nearest builtin base, which for str, int, tuple... takes the value from the arguments.
        o.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) => ((PyType)a[0]).CallNativeNew(a[1..], k)));
        // The builtin value and container types have their own tp_new, so __new__ is in their __dict__ too
        // (enum's _find_data_type_ looks there for the data type an Enum mixes in, e.g. IntEnum's int).
        // NoneType has no docstring: None.__doc__ is None (types.DynamicClassAttribute reads fget.__doc__ of a None fget).
        TypeObjects.NoneType.Dict["__doc__"] = PyNone.Instance;
        foreach (var t in new[] { TypeObjects.Int, TypeObjects.Float, TypeObjects.Complex, TypeObjects.Str, TypeObjects.Bytes, TypeObjects.ByteArray, TypeObjects.Tuple, TypeObjects.List, TypeObjects.Dict, TypeObjects.Set, TypeObjects.FrozenSet })
        {
            t.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) => ((PyType)a[0]).CallNativeNew(a[1..], k)));
        }
        o.Dict["__init_subclass__"] = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) => k is { Count: > 0 } ? throw Errors.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments") : PyNone.Instance));

        Def.Method(TypeObjects.TypeType, "mro", (a, _) => new PyList(((PyType)a[0]).Mro.Select(x => (PyObject)x).ToArray()));
        Def.Method(TypeObjects.TypeType, "__repr__", (a, _) => PyStr.From($"<class '{((PyType)a[0]).FullName}'>"));

        var e = TypeObjects.BaseException;
        Def.Method(e, "__init__", (a, _) => { ((PyException)a[0]).Args = PyTuple.Of(a[1..]); return PyNone.Instance; });
        Def.Method(e, "__str__", (a, _) => PyStr.From(ExceptionStr((PyException)a[0])));
        Def.Method(e, "__repr__", (a, _) => PyStr.From(ExceptionRepr((PyException)a[0])));
        Def.Method(e, "with_traceback", (a, _) => a[0]);
        Def.Method(TypeObjects.KeyError, "__str__", (a, _) => PyStr.From(((PyException)a[0]).Args.Items.Length == 1 ? Ops.Repr(((PyException)a[0]).Args.Items[0]) : ExceptionStr((PyException)a[0])));

        var i = TypeObjects.Int;
        // int.__repr__ and float.__repr__ are called unbound on subclasses (json.encoder, enum); bool keeps its own.
        Def.Method(i, "__repr__", (a, _) => PyStr.From(Ops.ToBig(a[0]).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Def.Method(TypeObjects.Bool, "__repr__", (a, _) => PyStr.From(Ops.IsTrue(a[0]) ? "True" : "False"));
        Def.Method(TypeObjects.Float, "__repr__", (a, _) => PyStr.From(FloatFormatting.Repr(((PyFloat)a[0]).Value)));
        Def.Method(i, "bit_length", (a, _) => PyInt.From((long)BigInteger.Abs(Ops.ToBig(a[0])).GetBitLength()));
        Def.Method(i, "bit_count", (a, _) => PyInt.From(Formatting.ToBase(BigInteger.Abs(Ops.ToBig(a[0])), 2).Count(c => c == '1')));
        Def.Method(i, "conjugate", (a, _) => a[0]);
        Def.Method(i, "__index__", (a, _) => a[0]);
        Def.Method(i, "__int__", (a, _) => a[0]);
        var f = TypeObjects.Float;
        Def.Method(f, "is_integer", (a, _) => PyBool.From(double.IsFinite(((PyFloat)a[0]).Value) && Math.Floor(((PyFloat)a[0]).Value) == ((PyFloat)a[0]).Value));
        Def.Method(f, "__int__", (a, _) => NewInt([a[0]]));
        Def.Method(f, "as_integer_ratio", (a, _) => AsIntegerRatio(((PyFloat)a[0]).Value));

        var g = TypeObjects.Generator;
        Def.Method(g, "send", (a, _) => Send((PyGenerator)a[0], a[1], null));
        Def.Method(g, "throw", (a, _) => Send((PyGenerator)a[0], PyNone.Instance, Interp.MakeException(a.Length > 2 && a[2] is not PyNone ? a[2] : a[1] is PyType t2 && a.Length > 2 ? Ops.Call(t2, [a[2]]) : a[1])));
        Def.Method(g, "close", (a, _) => { ((PyGenerator)a[0]).Close(); return PyNone.Instance; });
        Def.Method(g, "__next__", (a, _) => Ops.Next(a[0]) ?? throw Errors.StopIteration(null));
        Def.Method(g, "__iter__", (a, _) => a[0]);
        Def.Method(TypeObjects.Iterator, "__next__", (a, _) => Ops.Next(a[0]) ?? throw Errors.StopIteration(null));
        Def.Method(TypeObjects.Iterator, "__iter__", (a, _) => a[0]);
    }

    private static PyObject? Arg(PyObject[] a, PyDict? k, int index, string name)
    {
        var v = Def.Arg(a, k, index, name);
        return v is PyNone ? null : v;
    }

    private static PyObject Send(PyGenerator gen, PyObject value, PyException? exc)
    {
        var r = gen.Resume(value, exc, out var finished);
        if (finished)
        {
            throw Errors.StopIteration(r is PyNone ? null : r);
        }
        return r;
    }

    public static string ExceptionStr(PyException e) => e.Args.Items.Length switch
    {
        0 => "",
        1 => Ops.Str(e.Args.Items[0]),
        _ => Ops.Repr(e.Args),
    };

    private static string ExceptionRepr(PyException e) =>
        e.Type.Name + (e.Args.Items.Length == 1 ? "(" + Ops.Repr(e.Args.Items[0]) + ")" : Ops.Repr(e.Args));

    /// <summary>The text of an int literal given as str or as bytes (read as Latin-1), or null.</summary>
    private static string? IntLiteralText(PyObject x) => x switch
    {
        PyStr s => s.Value,
        PyBytes or PyByteArray => System.Text.Encoding.Latin1.GetString(BytesMethods.BytesLike(x)!),
        _ => null,
    };

    private static PyObject NewInt(PyObject[] a)
    {
        if (a.Length == 0)
        {
            return PyInt.From(0);
        }
        var x = a[0];
        if (a.Length > 1)
        {
            return ParseInt(IntLiteralText(x) ?? throw Errors.TypeError("int() can't convert non-string with explicit base"), (int)Ops.IndexValue(a[1]));
        }
        switch (x)
        {
            case PyBool b:
                return PyInt.From(b.Value);
            case PyIntSub sub:
                return PyInt.From(sub.Value);
            case PyLongSub bigSub:
                return PyInt.FromBig(bigSub.Value);
            case PyInt or PyLong:
                return x;
            case PyFloat f:
                if (double.IsNaN(f.Value))
                {
                    throw Errors.ValueError("cannot convert float NaN to integer");
                }
                if (double.IsInfinity(f.Value))
                {
                    throw Errors.OverflowError("cannot convert float infinity to integer");
                }
                return PyInt.FromBig(new BigInteger(Math.Truncate(f.Value)));
            case PyStr or PyBytes or PyByteArray:
                return ParseInt(IntLiteralText(x)!, 10);
        }
        var m = x.Type.Lookup("__int__") ?? x.Type.Lookup("__index__") ?? throw Errors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
        return Ops.CallMethod(m, x);
    }

    private static PyObject ParseInt(string text, int radix)
    {
        if (radix is not 0 and (< 2 or > 36))
        {
            throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        }
        var s = NumberMethods.ToAsciiDigits(text).Trim();
        var negative = false;
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        var prefixed = false;
        if (radix == 0 || radix == 16 || radix == 8 || radix == 2)
        {
            var lower = s.ToLowerInvariant();
            if (lower.StartsWith("0x") && radix is 0 or 16)
            {
                radix = 16;
                s = s[2..];
                prefixed = true;
            }
            else if (lower.StartsWith("0o") && radix is 0 or 8)
            {
                radix = 8;
                s = s[2..];
                prefixed = true;
            }
            else if (lower.StartsWith("0b") && radix is 0 or 2)
            {
                radix = 2;
                s = s[2..];
                prefixed = true;
            }
            else if (radix == 0)
            {
                radix = 10;
            }
            // One underscore may follow a base prefix ("0x_ff").
            if (prefixed && s.StartsWith('_'))
            {
                s = s[1..];
            }
        }
        // Underscores only between digits, one at a time (PEP 515).
        if (s.Length == 0 || s.StartsWith('_') || s.EndsWith('_') || s.Contains("__"))
        {
            throw Errors.ValueError($"invalid literal for int() with base {radix}: {Ops.StrRepr(text)}");
        }
        s = s.Replace("_", "");
        BigInteger v = 0;
        foreach (var c in s)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= radix)
            {
                throw Errors.ValueError($"invalid literal for int() with base {radix}: {Ops.StrRepr(text)}");
            }
            v = (v * radix) + d;
        }
        return PyInt.FromBig(negative ? -v : v);
    }

    private static PyObject NewFloat(PyObject[] a)
    {
        if (a.Length == 0)
        {
            return new PyFloat(0);
        }
        if (a[0] is PyStr s)
        {
            if (NumberMethods.TryParseFloat(s.Value, out var d))
            {
                return new PyFloat(d);
            }
            throw Errors.ValueError($"could not convert string to float: {Ops.StrRepr(s.Value)}");
        }
        if (a[0] is PyFloat f)
        {
            return f is PyFloatSub ? new PyFloat(f.Value) : f;
        }
        return new PyFloat(Ops.ToDouble(a[0]));
    }

    private static PyObject NewRange(PyObject[] a)
    {
        if (a.Length == 0)
        {
            throw Errors.TypeError("range expected at least 1 argument, got 0");
        }
        if (Array.Exists(a, x => x is PyLong))
        {
            return Modules.LongRange.New(a);
        }
        if (a.Length == 1)
        {
            return new PyRange(0, Ops.IndexValue(a[0]), 1);
        }
        var step = a.Length > 2 ? Ops.IndexValue(a[2]) : 1;
        if (step == 0)
        {
            throw Errors.ValueError("range() arg 3 must not be zero");
        }
        return new PyRange(Ops.IndexValue(a[0]), Ops.IndexValue(a[1]), step);
    }

    private static PyObject NewSuper(PyObject[] a)
    {
        if (a.Length == 2)
        {
            return new PySuper((PyType)a[0], a[1]);
        }
        // Zero-argument super(): the __class__ cell and the first argument of the calling frame.
        var frame = PyThreadState.Current ?? throw Errors.RuntimeError("super(): no current frame");
        var code = frame.Code;
        var index = Array.IndexOf(code.FreeVars, "__class__");
        if (index < 0 || frame.Cells[code.CellVars.Length + index].Value is not PyType cls)
        {
            throw Errors.RuntimeError("super(): __class__ cell not found");
        }
        var self = code.ArgCount > 0 ? (PyObject?)frame.Locals[0] ?? (code.CellArgs.Contains(0) ? frame.Cells[Array.IndexOf(code.CellArgs, 0)].Value : null) : null;
        return new PySuper(cls, self ?? throw Errors.RuntimeError("super(): no arguments"));
    }

    private static PyObject AsIntegerRatio(double d)
    {
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent++;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075;
        BigInteger num = mantissa;
        BigInteger den = 1;
        if (exponent > 0)
        {
            num <<= exponent;
        }
        else
        {
            den <<= -exponent;
        }
        var g = BigInteger.GreatestCommonDivisor(num, den);
        num /= g;
        den /= g;
        return PyTuple.Of(PyInt.FromBig(d < 0 ? -num : num), PyInt.FromBig(den));
    }
}
