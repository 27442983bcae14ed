using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>The decoder's state: the wrapped decoder (or None), whether to translate, a '\r' held back, the endings seen.</summary>
public sealed class PyNewlineDecoder(PyType type) : PyIOObject(type)
{
    public PyObject Decoder = PyNone.Instance;
    public bool Translate;
    public bool PendingCr;
    public int Seen;
}

/// <summary>
/// _io.IncrementalNewlineDecoder (textio.c): wraps an incremental decoder, holds back a final '\r'
/// until it knows whether '\n' follows, records the endings seen and translates them to '\n' when asked.
/// </summary>
public static class IncrementalNewlineDecoder
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = IOBase.ConcreteType("IncrementalNewlineDecoder", [TypeObjects.Object], type => new PyNewlineDecoder(type), Init);
        Def.Method(t, "decode", Decode);
        Def.Method(t, "getstate", GetState);
        Def.Method(t, "setstate", SetState);
        Def.Method(t, "reset", Reset);
        IOBase.Getter(t, "newlines", (a, k) => PyTextIOWrapper.NewlinesObject(Self(a[0]).Seen));
        return t;
    }

    private static PyNewlineDecoder Self(PyObject o) => o as PyNewlineDecoder ?? throw Errors.TypeError($"descriptor requires a '_io.IncrementalNewlineDecoder' object but received a '{o.Type.Name}'");

    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        d.Decoder = Def.Arg(a, k, 1, "decoder") ?? throw Errors.TypeError("IncrementalNewlineDecoder() missing required argument 'decoder' (pos 1)");
        d.Translate = Ops.IsTrue(Def.Arg(a, k, 2, "translate") ?? throw Errors.TypeError("IncrementalNewlineDecoder() missing required argument 'translate' (pos 2)"));
        d.PendingCr = false;
        d.Seen = 0;
        return PyNone.Instance;
    }

    private static PyObject Decode(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var input = Def.Arg(a, k, 1, "input") ?? throw Errors.TypeError("decode() missing required argument 'input' (pos 1)");
        var final = Def.Arg(a, k, 2, "final") is { } f && Ops.IsTrue(f);
        var output = d.Decoder is PyNone ? input : Ops.Call(Ops.GetAttr(d.Decoder, "decode"), [input, PyBool.From(final)]);
        if (output is not PyStr str)
        {
            throw Errors.TypeError($"decoder should return a string result, not '{output.Type.Name}'");
        }
        var text = str.Value;
        if (d.PendingCr && (final || text.Length > 0))
        {
            text = "\r" + text;
            d.PendingCr = false;
        }
        if (!final && text.EndsWith('\r'))
        {
            text = text[..^1];
            d.PendingCr = true;
        }
        d.Seen |= PyTextIOWrapper.NewlineKinds(text);
        if (d.Translate && text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        }
        return PyStr.From(text);
    }

    private static PyObject GetState(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        PyObject buffer = new PyBytes([]);
        long flag = 0;
        if (d.Decoder is not PyNone && IOBase.Call(d.Decoder, "getstate") is PyTuple { Items.Length: 2 } state)
        {
            buffer = state.Items[0];
            flag = Ops.IndexValue(state.Items[1]);
        }
        return PyTuple.Of(buffer, PyInt.From((flag << 1) + (d.PendingCr ? 1L : 0L)));
    }

    private static PyObject SetState(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        var state = a[1] as PyTuple ?? throw Errors.TypeError("state argument must be a tuple");
        var flag = Ops.IndexValue(state.Items[1]);
        d.PendingCr = (flag & 1) != 0;
        if (d.Decoder is not PyNone)
        {
            IOBase.Call(d.Decoder, "setstate", PyTuple.Of(state.Items[0], PyInt.From(flag >> 1)));
        }
        return PyNone.Instance;
    }

    private static PyObject Reset(PyObject[] a, PyDict? k)
    {
        var d = Self(a[0]);
        d.Seen = 0;
        d.PendingCr = false;
        if (d.Decoder is not PyNone)
        {
            IOBase.Call(d.Decoder, "reset");
        }
        return PyNone.Instance;
    }
}
