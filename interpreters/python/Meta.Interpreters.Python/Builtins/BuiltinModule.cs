using System.Globalization;
using System.Numerics;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>The builtins module (Python/bltinmodule.c) and the constructors of the builtin types.</summary>
public static class BuiltinModule
{
    public static readonly PyDict Dict = Create();

    private static PyDict Create()
    {
        StrMethods.Register();
        StrUnicodeMethods.Register();
        ContainerMethods.Register();
        DictMethods.Register();
        TypeMethods.Register();
        NumberMethods.Register();
        ClassBuilder.Register();
        BuiltinSubclass.Register();
        BytesMethods.Register();
        var d = new PyDict();
        d.Set("__name__", PyStr.From("builtins"));
        d.Set("None", PyNone.Instance);
        d.Set("True", PyBool.True);
        d.Set("False", PyBool.False);
        d.Set("NotImplemented", PyNotImplemented.Instance);
        d.Set("Ellipsis", PyEllipsis.Instance);
        d.Set("__debug__", PyBool.True);
        foreach (var t in new[]
        {
            TypeObjects.Object, TypeObjects.TypeType, TypeObjects.Int, TypeObjects.Bool, TypeObjects.Float, TypeObjects.Str,
            TypeObjects.Tuple, TypeObjects.List, TypeObjects.Dict, TypeObjects.Set, TypeObjects.FrozenSet, TypeObjects.Range,
            TypeObjects.Slice, TypeObjects.Property, TypeObjects.ClassMethod, TypeObjects.StaticMethod, TypeObjects.Super,
            TypeObjects.Complex, TypeObjects.Bytes, TypeObjects.ByteArray,
        })
        {
            d.Set(t.Name, t);
        }
        foreach (var t in TypeObjects.ExceptionTypes)
        {
            d.Set(t.Name, t);
        }
        Modules.CoreExtensions.Install(d);
        // Historical aliases of OSError (PEP 3151).
        d.Set("EnvironmentError", TypeObjects.OSError);
        d.Set("IOError", TypeObjects.OSError);
        Def.Function(d, "print", Print);
        Def.Function(d, "len", (a, _) => PyInt.From(Ops.Len(a[0])));
        Def.Function(d, "repr", (a, _) => PyStr.From(Ops.Repr(a[0])));
        Def.Function(d, "ascii", (a, _) => PyStr.From(Conversions.Ascii(Ops.Repr(a[0]))));
        Def.Function(d, "abs", (a, _) => Abs(a[0]));
        Def.Function(d, "hash", (a, _) => PyInt.From(Ops.Hash(a[0])));
        Def.Function(d, "id", (a, _) => PyInt.From(Identity.Of(a[0])));
        Def.Function(d, "iter", (a, _) => a.Length == 1 ? Ops.GetIter(a[0]) : new CallableIterator(a[0], a[1]));
        Def.Function(d, "next", (a, _) => Next(a));
        Def.Function(d, "isinstance", (a, _) => PyBool.From(IsInstance(a[0], a[1])));
        Def.Function(d, "issubclass", (a, _) => PyBool.From(IsSubclass(a[0], a[1])));
        Def.Function(d, "hasattr", (a, _) => PyBool.From(HasAttr(a[0], Conversions.AsString(a[1], "attribute name"))));
        Def.Function(d, "getattr", (a, _) => GetAttr(a));
        Def.Function(d, "setattr", (a, _) => { Ops.SetAttr(a[0], Conversions.AsString(a[1], "attribute name"), a[2]); return PyNone.Instance; });
        Def.Function(d, "delattr", (a, _) => { Ops.DelAttr(a[0], Conversions.AsString(a[1], "attribute name")); return PyNone.Instance; });
        Def.Function(d, "callable", (a, _) => PyBool.From(a[0] is PyFunction or PyBuiltinFunction or PyMethod or PyType || a[0].Type.Lookup("__call__") is not null));
        Def.Function(d, "chr", (a, _) => PyStr.From(Chr(Ops.IndexValue(a[0]))));
        Def.Function(d, "ord", (a, _) => Ord(a[0]));
        Def.Function(d, "hex", (a, _) => PyStr.From(Prefixed(a[0], 16, "0x")));
        Def.Function(d, "oct", (a, _) => PyStr.From(Prefixed(a[0], 8, "0o")));
        Def.Function(d, "bin", (a, _) => PyStr.From(Prefixed(a[0], 2, "0b")));
        Def.Function(d, "format", (a, _) => PyStr.From(Formatting.Format(a[0], a.Length > 1 ? ((PyStr)a[1]).Value : "")));
        Def.Function(d, "divmod", (a, _) => Divmod(a[0], a[1]));
        Def.Function(d, "pow", (a, _) => Pow(a));
        Def.Function(d, "round", (a, _) => Round(a));
        Def.Function(d, "sum", Sum);
        Def.Function(d, "min", (a, k) => MinMax(a, k, true));
        Def.Function(d, "max", (a, k) => MinMax(a, k, false));
        Def.Function(d, "any", (a, _) => PyBool.From(AnyAll(a[0], true)));
        Def.Function(d, "all", (a, _) => PyBool.From(!AnyAll(a[0], false)));
        Def.Function(d, "sorted", (a, k) => { var l = new PyList(Conversions.ToArray(a[0]).ToArray()); Sorting.SortList(l, k?.Get("key"), k?.Get("reverse") is { } r && Ops.IsTrue(r)); return l; });
        Def.Function(d, "reversed", (a, _) => Reversed(a[0]));
        Def.Function(d, "enumerate", (a, k) => new EnumerateIterator(Ops.GetIter(a[0]), a.Length > 1 ? Ops.IndexValue(a[1]) : k?.Get("start") is { } s ? Ops.IndexValue(s) : 0));
        Def.Function(d, "zip", (a, k) => new ZipIterator(a.Select(Ops.GetIter).ToArray(), k?.Get("strict") is { } strict && Ops.IsTrue(strict)));
        Def.Function(d, "map", (a, _) => new MapIterator(a[0], a[1..].Select(Ops.GetIter).ToArray()));
        Def.Function(d, "filter", (a, _) => new FilterIterator(a[0], Ops.GetIter(a[1])));
        Def.Function(d, "globals", (a, _) => PyThreadState.Current!.Globals);
        Def.Function(d, "locals", (a, _) => PyThreadState.Current!.NameDict ?? PyThreadState.Current!.Globals);
        Def.Function(d, "vars", (a, _) => a.Length == 0 ? PyThreadState.Current!.NameDict ?? PyThreadState.Current!.Globals : Ops.GetAttr(a[0], "__dict__"));
        Def.Function(d, "dir", (a, _) => Dir(a));
        Def.Function(d, "input", (a, _) => Modules.IO.StandardStreams.Input(a.Length > 0 ? a[0] : null));
        d.Set("open", Modules.IO.IOModule.OpenFunction);
        d.Set("__build_class__", ClassBuilder.BuildClassFunction);
        Def.Function(d, "__import__", Modules.ImportSystem.BuiltinImport);
        return d;
    }

    private static PyObject Next(PyObject[] a)
    {
        if (a[0] is PyGenerator g)
        {
            // A generator's return value travels in the StopIteration it raises.
            var v = g.Send(PyNone.Instance, out var finished);
            if (!finished)
            {
                return v;
            }
            return a.Length > 1 ? a[1] : throw Errors.StopIteration(v is PyNone ? null : v);
        }
        if (a[0] is not PyIterator && a[0].Type.Lookup("__next__") is null)
        {
            throw Errors.TypeError($"'{a[0].Type.Name}' object is not an iterator");
        }
        return Ops.Next(a[0]) ?? (a.Length > 1 ? a[1] : throw Errors.StopIteration(null));
    }

    /// <summary>builtin_print: str of each argument, sep and end written to file (sys.stdout by default).
    /// The native sys.stdout takes the whole line in one call; another file gets CPython's write per piece.</summary>
    private static PyObject Print(PyObject[] args, PyDict? kwargs)
    {
        var sep = PrintSeparator(kwargs, "sep", " ");
        var end = PrintSeparator(kwargs, "end", "\n");
        var file = kwargs?.Get("file") is { } f and not PyNone ? f : Modules.IO.StandardStreams.CurrentStdout();
        if (file is PyNone)
        {
            return PyNone.Instance;
        }
        var flush = kwargs?.Get("flush") is { } fl && Ops.IsTrue(fl);
        if (file is Modules.IO.PyTextIOWrapper w && ReferenceEquals(w.Type, Modules.IO.TextIOWrapper.Type))
        {
            w.Write(args.Length == 1 ? Ops.Str(args[0]) + end : string.Join(sep, args.Select(Ops.Str)) + end);
        }
        else
        {
            var write = Ops.GetAttr(file, "write");
            for (var i = 0; i < args.Length; i++)
            {
                if (i > 0)
                {
                    Ops.Call(write, [PyStr.From(sep)]);
                }
                Ops.Call(write, [PyStr.From(Ops.Str(args[i]))]);
            }
            Ops.Call(write, [PyStr.From(end)]);
        }
        if (flush)
        {
            Ops.Call(Ops.GetAttr(file, "flush"), []);
        }
        return PyNone.Instance;
    }

    private static string PrintSeparator(PyDict? kwargs, string name, string fallback) => kwargs?.Get(name) switch
    {
        null or PyNone => fallback,
        PyStr s => s.Value,
        var other => throw Errors.TypeError($"{name} must be None or a string, not {other.Type.Name}"),
    };

    private static PyObject Abs(PyObject x) => x switch
    {
        PyInt i => i.Value == long.MinValue ? PyInt.FromBig(BigInteger.Abs(i.Value)) : PyInt.From(Math.Abs(i.Value)),
        PyLong l => PyInt.FromBig(BigInteger.Abs(l.Value)),
        PyFloat f => new PyFloat(Math.Abs(f.Value)),
        PyComplex c => new PyFloat(System.Numerics.Complex.Abs(c.Value)),
        _ => x.Type.Lookup("__abs__") is { } m ? Ops.CallMethod(m, x) : throw Errors.TypeError($"bad operand type for abs(): '{x.Type.Name}'"),
    };

    public static bool IsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyTuple t)
        {
            return t.Items.Any(c => IsInstance(obj, c));
        }
        if (ReferenceEquals(obj.Type, cls))
        {
            return true;
        }
        if (MetaclassCheck(cls, "__instancecheck__") is { } check)
        {
            return Ops.IsTrue(Ops.CallMethod(check, cls, obj));
        }
        if (cls is not PyType type)
        {
            throw Errors.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return obj.Type.IsSubtypeOf(type);
    }

    /// <summary>A metaclass's own __instancecheck__/__subclasscheck__ (abc.ABCMeta's), which
    /// PyObject_IsInstance and PyObject_IsSubclass call instead of the type check.</summary>
    private static PyObject? MetaclassCheck(PyObject cls, string name) =>
        cls is PyType { Metaclass: { } meta } ? meta.Lookup(name) as PyFunction : null;

    private static bool IsSubclass(PyObject sub, PyObject cls)
    {
        if (cls is PyTuple t)
        {
            return t.Items.Any(c => IsSubclass(sub, c));
        }
        if (MetaclassCheck(cls, "__subclasscheck__") is { } check)
        {
            return Ops.IsTrue(Ops.CallMethod(check, cls, sub));
        }
        if (sub is not PyType st)
        {
            throw Errors.TypeError("issubclass() arg 1 must be a class");
        }
        return st.IsSubtypeOf((PyType)cls);
    }

    private static bool HasAttr(PyObject obj, string name)
    {
        try
        {
            Ops.GetAttr(obj, name);
            return true;
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
        {
            return false;
        }
    }

    private static PyObject GetAttr(PyObject[] a)
    {
        var name = Conversions.AsString(a[1], "attribute name");
        if (a.Length < 3)
        {
            return Ops.GetAttr(a[0], name);
        }
        try
        {
            return Ops.GetAttr(a[0], name);
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
        {
            return a[2];
        }
    }

    private static string Chr(long cp)
    {
        if (cp < 0 || cp > 0x10FFFF)
        {
            throw Errors.ValueError("chr() arg not in range(0x110000)");
        }
        // Lone surrogates are valid Python strs; ConvertFromUtf32 rejects them.
        return cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32((int)cp);
    }

    private static PyObject Ord(PyObject c)
    {
        var s = c is PyStr ps ? ps.Value : throw Errors.TypeError($"ord() expected string of length 1, but {c.Type.Name} found");
        if (s.Length == 1)
        {
            return PyInt.From(s[0]);
        }
        if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))
        {
            return PyInt.From(char.ConvertToUtf32(s[0], s[1]));
        }
        throw Errors.TypeError($"ord() expected a character, but string of length {s.Length} found");
    }

    private static string Prefixed(PyObject x, int radix, string prefix)
    {
        var v = Ops.IsInt(x) ? Ops.ToBig(x) : Ops.IndexValue(x);
        return (v.Sign < 0 ? "-" : "") + prefix + Formatting.ToBase(BigInteger.Abs(v), radix);
    }

    private static PyObject Pow(PyObject[] a)
    {
        if (a.Length == 3 && a[2] is not PyNone)
        {
            var m = Ops.ToBig(a[2]);
            if (m.IsZero)
            {
                throw Errors.ValueError("pow() 3rd argument cannot be 0");
            }
            var e = Ops.ToBig(a[1]);
            var b = Ops.ToBig(a[0]);
            BigInteger r;
            if (e.Sign < 0)
            {
                r = BigInteger.ModPow(ModInverse(b, BigInteger.Abs(m)), -e, BigInteger.Abs(m));
            }
            else
            {
                r = BigInteger.ModPow(b, e, BigInteger.Abs(m));
            }
            if (r.Sign != 0 && (r.Sign < 0) != (m.Sign < 0))
            {
                r += m;
            }
            if (r.Sign < 0 && m.Sign > 0)
            {
                r += m;
            }
            return PyInt.FromBig(r);
        }
        return Ops.Binary(Ast.Operator.Pow, a[0], a[1]);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        while (a1 != 0)
        {
            var q = g / a1;
            (g, a1) = (a1, g - (q * a1));
            (x, x1) = (x1, x - (q * x1));
        }
        if (g != 1)
        {
            throw Errors.ValueError("base is not invertible for the given modulus");
        }
        return ((x % m) + m) % m;
    }

    private static PyObject Round(PyObject[] a)
    {
        var x = a[0];
        var nd = a.Length > 1 && a[1] is not PyNone ? Ops.IndexValue(a[1]) : (long?)null;
        if (Ops.IsInt(x))
        {
            if (nd is null || nd >= 0)
            {
                return x is PyBool b ? PyInt.From(b.Value) : x;
            }
            var p = BigInteger.Pow(10, (int)-nd.Value);
            var v = Ops.ToBig(x);
            var q = IntOps.BigFloorDiv(v, p);
            var r = v - (q * p);
            var twice = r * 2;
            if (twice > p || (twice == p && !q.IsEven))
            {
                q += 1;
            }
            return PyInt.FromBig(q * p);
        }
        if (x is PyFloat f)
        {
            if (nd is null)
            {
                var r = Math.Round(f.Value, MidpointRounding.ToEven);
                if (!double.IsFinite(r))
                {
                    throw double.IsNaN(r) ? Errors.ValueError("cannot convert float NaN to integer") : Errors.OverflowError("cannot convert float infinity to integer");
                }
                return PyInt.FromBig(new BigInteger(r));
            }
            return new PyFloat(RoundDouble(f.Value, nd.Value));
        }
        var method = x.Type.Lookup("__round__") ?? throw Errors.TypeError($"type {x.Type.Name} doesn't define __round__ method");
        return a.Length > 1 ? Ops.CallMethod(method, x, a[1]) : Ops.CallMethod(method, x);
    }

    /// <summary>
    /// round(x, n) on the exact binary value of x (CPython's double_round rounds the exact decimal
    /// expansion half-even): x = num/den exactly, so round(num * 10**n / den) is exact in BigInteger.
    /// </summary>
    private static double RoundDouble(double x, long ndigits)
    {
        if (!double.IsFinite(x) || x == 0 || ndigits > 330)
        {
            return x;
        }
        if (ndigits < -330)
        {
            return 0.0 * x;
        }
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        BigInteger mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075;
        BigInteger num = mantissa, den = 1;
        if (exponent > 0)
        {
            num <<= exponent;
        }
        else
        {
            den <<= -exponent;
        }
        var scale = BigInteger.Pow(10, (int)Math.Abs(ndigits));
        if (ndigits >= 0)
        {
            num *= scale;
        }
        else
        {
            den *= scale;
        }
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven))
        {
            q += 1;
        }
        var text = q.ToString(CultureInfo.InvariantCulture) + "e" + (-ndigits).ToString(CultureInfo.InvariantCulture);
        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return x < 0 ? -result : result;
    }

    private static PyObject Sum(PyObject[] a, PyDict? kwargs)
    {
        PyObject total = a.Length > 1 ? a[1] : kwargs?.Get("start") ?? PyInt.From(0);
        if (total is PyStr)
        {
            throw Errors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        var it = Ops.GetIter(a[0]);
        while (Ops.Next(it) is { } x)
        {
            total = Ops.Binary(Ast.Operator.Add, total, x);
        }
        return total;
    }

    private static PyObject MinMax(PyObject[] a, PyDict? kwargs, bool min)
    {
        var key = kwargs?.Get("key");
        var fallback = kwargs?.Get("default");
        var name = min ? "min" : "max";
        var items = a.Length == 1 ? Conversions.ToArray(a[0]) : a;
        if (items.Length == 0)
        {
            return fallback ?? throw Errors.ValueError($"{name}() arg is an empty sequence");
        }
        var best = items[0];
        var bestKey = key is null or PyNone ? best : Ops.Call(key, [best]);
        for (var i = 1; i < items.Length; i++)
        {
            var k = key is null or PyNone ? items[i] : Ops.Call(key, [items[i]]);
            if (min ? Ops.Lt(k, bestKey) : Ops.Lt(bestKey, k))
            {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    private static bool AnyAll(PyObject iterable, bool lookFor)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } x)
        {
            if (Ops.IsTrue(x) == lookFor)
            {
                return true;
            }
        }
        return false;
    }

    private static PyObject Reversed(PyObject seq)
    {
        switch (seq)
        {
            case PyList l:
                var items = l.ToArray();
                Array.Reverse(items);
                return new ArrayIterator(items);
            case PyTuple or PyStr or PyRange:
                // ToArray may hand back a tuple's own items: reverse a copy.
                var all = (PyObject[])Conversions.ToArray(seq).Clone();
                Array.Reverse(all);
                return new ArrayIterator(all);
        }
        if (seq.Type.Lookup("__reversed__") is { } m)
        {
            return Ops.CallMethod(m, seq);
        }
        if (seq is PyDict d)
        {
            var keys = d.Keys();
            Array.Reverse(keys);
            return new ArrayIterator(keys);
        }
        if (seq is PyDictView view)
        {
            var viewItems = Conversions.ToArray(view);
            Array.Reverse(viewItems);
            return new ArrayIterator(viewItems);
        }
        if (seq.Type.Lookup("__getitem__") is null || seq is PyDict or PySet)
        {
            throw Errors.TypeError($"'{seq.Type.Name}' object is not reversible");
        }
        var n = Ops.Len(seq);
        var result = new PyObject[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = Ops.GetItem(seq, PyInt.From(n - 1 - i));
        }
        return new ArrayIterator(result);
    }

    private static PyObject Dir(PyObject[] a)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (a.Length == 0)
        {
            var ns = PyThreadState.Current!.NameDict ?? PyThreadState.Current!.Globals;
            foreach (var k in ns.Keys())
            {
                names.Add(Ops.Str(k));
            }
        }
        else
        {
            if (a[0] is PyInstance inst)
            {
                foreach (var n in inst.AttributeNames())
                {
                    names.Add(n);
                }
            }
            foreach (var t in (a[0] as PyType ?? a[0].Type).Mro)
            {
                foreach (var k in t.Dict.Keys)
                {
                    names.Add(k);
                }
            }
            if (a[0] is PyModule m)
            {
                foreach (var k in m.Dict.Keys())
                {
                    names.Add(Ops.Str(k));
                }
            }
        }
        return new PyList(names.Select(n => (PyObject)PyStr.From(n)).ToArray());
    }

    /// <summary>divmod(a, b): builtin numbers with CPython's zero-divisor messages, else __divmod__/__rdivmod__.</summary>
    private static PyObject Divmod(PyObject a, PyObject b)
    {
        // A zero divisor is tested without converting either side (a big int need not fit a float).
        var zeroDivisor = b switch
        {
            PyInt i => i.Value == 0,
            PyFloat f => f.Value == 0,
            _ => false,
        };
        if (zeroDivisor && a is PyInt or PyLong or PyFloat)
        {
            if (a is PyFloat || b is PyFloat)
            {
                // float_divmod converts both operands first: a huge int overflows before the zero is seen.
                Ops.ToDouble(a);
                throw Errors.ZeroDivision("float divmod()");
            }
            throw Errors.ZeroDivision("integer division or modulo by zero");
        }
        if (a is PyInstance || b is PyInstance)
        {
            if (a.Type.Lookup("__divmod__") is { } method && Ops.CallMethod(method, a, b) is var r && r is not PyNotImplemented)
            {
                return r;
            }
            if (b.Type.Lookup("__rdivmod__") is { } rmethod && Ops.CallMethod(rmethod, b, a) is var rr && rr is not PyNotImplemented)
            {
                return rr;
            }
            throw Errors.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
        }
        return PyTuple.Of(Ops.Binary(Ast.Operator.FloorDiv, a, b), Ops.Binary(Ast.Operator.Mod, a, b));
    }
}
