using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// Traceback and frame objects as Python code sees them (Python/traceback.c, Objects/frameobject.c):
/// tb_frame, tb_lineno, tb_next, tb_lasti; a frame snapshot with f_code, f_lineno, f_globals and
/// f_builtins. metapy's frames are virtualizable and not kept after they return, so f_back and
/// f_locals are not available (reading them raises AttributeError).
/// </summary>
public static class TracebackObjects
{
    public static readonly PyType TracebackType = MakeTracebackType();
    public static readonly PyType FrameType = MakeFrameType();

    /// <summary>A frame of a traceback: the code, the line it was executing and its globals.</summary>
    public sealed class FrameObject(TracebackEntry entry) : PyObject
    {
        public readonly TracebackEntry Entry = entry;

        public override PyType Type => FrameType;
    }

    private static PyType MakeTracebackType()
    {
        var t = new PyType("traceback", [TypeObjects.Object]);
        Property(t, "tb_frame", TbFrame);
        Property(t, "tb_lineno", TbLineno);
        Property(t, "tb_next", TbNext);
        Property(t, "tb_lasti", TbLasti);
        return t;
    }

    private static PyType MakeFrameType()
    {
        var t = new PyType("frame", [TypeObjects.Object]);
        Property(t, "f_code", FCode);
        Property(t, "f_lineno", FLineno);
        Property(t, "f_globals", FGlobals);
        Property(t, "f_builtins", FBuiltins);
        Def.Slot(t, "__repr__", FRepr);
        return t;
    }

    private static void Property(PyType t, string name, NativeFunction getter) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, getter), null, null, PyNone.Instance);

    private static TracebackEntry Entry(PyObject tb) => ((PyTraceback)tb).Exception.Traceback[((PyTraceback)tb).Index];

    private static PyObject TbFrame(PyObject[] a, PyDict? k) => new FrameObject(Entry(a[0]));

    private static PyObject TbLineno(PyObject[] a, PyDict? k) => PyInt.From(Entry(a[0]).Line);

    /// <summary>tb_lasti is a bytecode offset; metapy's instructions are not CPython's, so it is not offered.</summary>
    private static PyObject TbLasti(PyObject[] a, PyDict? k) => throw Errors.NoAttribute(a[0], "tb_lasti");

    private static PyObject TbNext(PyObject[] a, PyDict? k)
    {
        var tb = (PyTraceback)a[0];
        return tb.Index > 0 ? new PyTraceback(tb.Exception, tb.Index - 1) : PyNone.Instance;
    }

    private static PyObject FCode(PyObject[] a, PyDict? k) => ((FrameObject)a[0]).Entry.Code;

    private static PyObject FLineno(PyObject[] a, PyDict? k) => PyInt.From(((FrameObject)a[0]).Entry.Line);

    private static PyObject FGlobals(PyObject[] a, PyDict? k) =>
        (PyObject?)((FrameObject)a[0]).Entry.Globals ?? throw Errors.NoAttribute(a[0], "f_globals");

    private static PyObject FBuiltins(PyObject[] a, PyDict? k) => BuiltinModule.Dict;

    private static PyObject FRepr(PyObject[] a, PyDict? k)
    {
        var e = ((FrameObject)a[0]).Entry;
        return PyStr.From($"<frame at 0x{Identity.Of(a[0]):x}, file '{e.Code.FileName}', line {e.Line}, code {e.Code.Name}>");
    }
}
