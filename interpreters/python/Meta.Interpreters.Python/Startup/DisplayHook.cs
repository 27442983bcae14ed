using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Startup;

/// <summary>sys.displayhook (Python/sysmodule.c's sys_displayhook) and the call interactive code makes to it.</summary>
public static class DisplayHook
{
    /// <summary>What an expression statement of interactive code calls (ceval's PRINT_EXPR): the current sys.displayhook.</summary>
    public static readonly PyBuiltinFunction CallSysDisplayHook = new("displayhook", (a, k) =>
    {
        var sys = Importer.Modules.Get("sys") as PyModule;
        var hook = sys?.Dict.Get("displayhook") ?? throw Errors.RuntimeError("lost sys.displayhook");
        return Ops.Call(hook, [a[0]]);
    });

    /// <summary>The default hook: repr of the value to sys.stdout, kept in builtins._; None shows nothing.</summary>
    public static PyObject Default(PyObject[] a, PyDict? k)
    {
        var value = Def.Arg(a, k, 0, "object") ?? throw Errors.TypeError("displayhook() takes exactly one argument (0 given)");
        if (value is PyNone)
        {
            return PyNone.Instance;
        }
        BuiltinModule.Dict.Set("_", PyNone.Instance);
        var stdout = Modules.IO.StandardStreams.CurrentStdout();
        if (stdout is PyNone)
        {
            throw Errors.RuntimeError("lost sys.stdout");
        }
        Ops.Call(Ops.GetAttr(stdout, "write"), [PyStr.From(Ops.Repr(value) + "\n")]);
        BuiltinModule.Dict.Set("_", value);
        return PyNone.Instance;
    }
}
