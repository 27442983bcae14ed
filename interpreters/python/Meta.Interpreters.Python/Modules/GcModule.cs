using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// gc (Modules/gcmodule.c) over the CLR's collector: collect() runs a full blocking collection,
/// waits for finalizers and then runs the weak-reference callbacks of collected objects;
/// isenabled() is True since the CLR collector always runs. The CLR does not report how many
/// objects it freed, so collect() returns None; switching collection off (disable), thresholds,
/// generations and referrer queries have no CLR counterpart and are not provided.
/// </summary>
public static class GcModule
{
    public static PyModule Create()
    {
        var m = new PyModule("gc");
        Def.Function(m.Dict, "collect", Collect);
        Def.Function(m.Dict, "isenabled", IsEnabled);
        m.Dict.Set("garbage", new PyList());
        m.Dict.Set("callbacks", new PyList());
        return m;
    }

    private static PyObject Collect(PyObject[] a, PyDict? k)
    {
        if (a.Length > 0 && Ops.IndexValue(a[0]) is < 0 or > 2)
        {
            throw Errors.ValueError("invalid generation");
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        WeakrefModule.RunPendingCallbacks();
        return PyNone.Instance;
    }

    private static PyObject IsEnabled(PyObject[] a, PyDict? k) => PyBool.True;
}
