using System.Text;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Interpreter;

namespace Meta.Interpreters.Python.Objects;

public static partial class Ops
{
    // Containers being printed: a container met again prints as [...] / {...} (CPython's Py_ReprEnter).
    private static readonly HashSet<PyObject> ReprActive = new(ReferenceEqualityComparer.Instance);

    /// <summary>repr of builtin objects that have no fast path in <see cref="Repr"/>, or null.</summary>
    private static string? BuiltinRepr(PyObject o)
    {
        switch (o)
        {
            case PyList l:
                return Enclosed(o, "[", "]", l.ToArray(), "[...]");
            case PyTuple t:
                if (t.Items.Length == 1)
                {
                    return "(" + Repr(t.Items[0]) + ",)";
                }
                return Enclosed(o, "(", ")", t.Items, "(...)");
            case PyDict d:
                return DictRepr(d);
            case PySet s:
                if (s.Count == 0)
                {
                    return s.Frozen ? "frozenset()" : "set()";
                }
                var body = Enclosed(o, "{", "}", s.InIterationOrder(), "{...}");
                return s.Frozen ? "frozenset(" + body + ")" : body;
            case PyRange r:
                return r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})";
            case PySlice sl:
                return $"slice({Repr(sl.Start)}, {Repr(sl.Stop)}, {Repr(sl.Step)})";
            case PyType t2:
                return $"<class '{t2.FullName}'>";
            case PyFunction f:
                return $"<function {f.QualName} at 0x{Identity.Of(f):x12}>";
            case PyBuiltinFunction b:
                return b.IsMethod ? $"<method '{b.Name}' objects>" : $"<built-in function {b.Name}>";
            case PyMethod m:
                var fname = m.Function is PyFunction mf ? mf.QualName : m.Function is PyBuiltinFunction mb ? mb.Name : "?";
                return m.Function is PyBuiltinFunction ? $"<built-in method {fname} of {m.Self.Type.Name} object at 0x{Identity.Of(m.Self):x12}>" : $"<bound method {fname} of {Repr(m.Self)}>";
            case PyModule mod:
                return mod.Name is "sys" or "math" or "time" ? $"<module '{mod.Name}' (built-in)>" : $"<module '{mod.Name}'>";
            case PyGenerator g:
                return $"<generator object {g.QualName} at 0x{Identity.Of(g):x12}>";
            case PyDictView v:
                var inner = Enclosed(o, "[", "]", Builtins.Conversions.ToArray(v), "[...]");
                return $"{v.Type.Name}({inner})";
            case PyEllipsis:
                return "Ellipsis";
            case PyNotImplemented:
                return "NotImplemented";
            case PyComplex c:
                return ComplexRepr(c.Value);
            case PyBytes bytes:
                return BytesRepr(bytes.Value);
            case PyByteArray byteArray:
                return "bytearray(" + BytesRepr(byteArray.ToArray()) + ")";
            case PyCode code:
                return code.ToString();
            case PyCell:
                return $"<cell at 0x{Identity.Of(o):x12}>";
            case PyProperty:
                return $"<property object at 0x{Identity.Of(o):x12}>";
        }
        return null;
    }

    private static string Enclosed(PyObject self, string open, string close, PyObject[] items, string recursive)
    {
        if (!ReprActive.Add(self))
        {
            return recursive;
        }
        try
        {
            var sb = new StringBuilder(open);
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                sb.Append(Repr(items[i]));
            }
            return sb.Append(close).ToString();
        }
        finally
        {
            ReprActive.Remove(self);
        }
    }

    private static string DictRepr(PyDict d)
    {
        if (!ReprActive.Add(d))
        {
            return "{...}";
        }
        try
        {
            var sb = new StringBuilder("{");
            var first = true;
            for (var i = 0; i < d.EntryCount; i++)
            {
                if (d.KeyAt(i) is { } k)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }
                    first = false;
                    sb.Append(Repr(k)).Append(": ").Append(Repr(d.ValueAt(i)!));
                }
            }
            return sb.Append('}').ToString();
        }
        finally
        {
            ReprActive.Remove(d);
        }
    }

    private static string ComplexRepr(System.Numerics.Complex c)
    {
        static string Part(double d) => d == Math.Floor(d) && Math.Abs(d) < 1e16
            ? (double.IsNegative(d) ? "-" : "") + ((long)Math.Abs(d)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Builtins.FloatFormatting.Repr(d);
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            return Part(c.Imaginary) + "j";
        }
        var imag = c.Imaginary;
        return "(" + Part(c.Real) + (!double.IsNegative(imag) || double.IsNaN(imag) ? "+" : "-") + Part(Math.Abs(imag)) + "j)";
    }

    private static string BytesRepr(byte[] bytes)
    {
        var quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'\\':
                    sb.Append("\\\\");
                    break;
                case (byte)'\n':
                    sb.Append("\\n");
                    break;
                case (byte)'\r':
                    sb.Append("\\r");
                    break;
                case (byte)'\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (b == quote)
                    {
                        sb.Append('\\').Append((char)b);
                    }
                    else if (b < 0x20 || b >= 0x7f)
                    {
                        sb.Append("\\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append((char)b);
                    }
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }
}
