using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// atexit (Modules/atexitmodule.c): functions registered to run when the interpreter exits, last
/// registered first; an exception in one is reported ("Exception ignored in atexit callback") and
/// the others still run. Runner calls <see cref="RunExitFuncs"/> when the program ends.
/// </summary>
public static class AtexitModule
{
    private static readonly List<(PyObject Func, PyObject[] Args, PyDict? Kwargs)> Callbacks = [];

    public static PyModule Create()
    {
        var m = new PyModule("atexit");
        Def.Function(m.Dict, "register", Register);
        Def.Function(m.Dict, "unregister", Unregister);
        Def.Function(m.Dict, "_run_exitfuncs", RunExitFuncsFunction);
        Def.Function(m.Dict, "_clear", Clear);
        Def.Function(m.Dict, "_ncallbacks", NCallbacks);
        return m;
    }

    private static PyObject Register(PyObject[] a, PyDict? k)
    {
        if (a.Length == 0)
        {
            throw Errors.TypeError("register() takes at least 1 argument (0 given)");
        }
        Callbacks.Add((a[0], a[1..], k));
        return a[0];
    }

    private static PyObject Unregister(PyObject[] a, PyDict? k)
    {
        Callbacks.RemoveAll(c => Ops.Eq(c.Func, a[0]));
        return PyNone.Instance;
    }

    private static PyObject Clear(PyObject[] a, PyDict? k)
    {
        Callbacks.Clear();
        return PyNone.Instance;
    }

    private static PyObject NCallbacks(PyObject[] a, PyDict? k) => PyInt.From(Callbacks.Count);

    private static PyObject RunExitFuncsFunction(PyObject[] a, PyDict? k)
    {
        RunExitFuncs(IO.StandardStreams.HostError);
        return PyNone.Instance;
    }

    /// <summary>atexit_callfuncs: runs and forgets the callbacks, newest first.</summary>
    public static void RunExitFuncs(TextWriter stderr)
    {
        while (Callbacks.Count > 0)
        {
            var (func, args, kwargs) = Callbacks[^1];
            Callbacks.RemoveAt(Callbacks.Count - 1);
            try
            {
                Ops.Call(func, args, kwargs);
            }
            catch (PyError e)
            {
                PyThreadState.Out.Flush();
                stderr.Write($"Exception ignored in atexit callback: {Ops.Repr(func)}\n" + Runner.FormatException(e.Value));
            }
        }
    }

    /// <summary>A fresh interpreter starts without callbacks (in-process runs share the host).</summary>
    public static void Reset() => Callbacks.Clear();
}
