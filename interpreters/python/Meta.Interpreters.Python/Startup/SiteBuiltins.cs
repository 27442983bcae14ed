using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Startup;

/// <summary>
/// The part of site.main() metapy runs: setquit's builtins.exit and builtins.quit, the Quitter
/// objects of Lib/_sitebuiltins.py, made natively so that start-up parses no Python file. The
/// rest of site (site-packages, .pth files) is not run.
/// </summary>
public static class SiteBuiltins
{
    private static readonly PyType QuitterType = MakeType();

    public static void Install()
    {
        foreach (var name in new[] { "exit", "quit" })
        {
            var quitter = new PyInstance(QuitterType);
            quitter.SetAttribute("name", PyStr.From(name));
            quitter.SetAttribute("eof", PyStr.From("Ctrl-D (i.e. EOF)"));
            BuiltinModule.Dict.Set(name, quitter);
        }
    }

    private static PyType MakeType()
    {
        var t = new PyType("Quitter", [TypeObjects.Object], module: "_sitebuiltins");
        Def.Slot(t, "__repr__", (a, k) => PyStr.From($"Use {Ops.Str(Ops.GetAttr(a[0], "name"))}() or {Ops.Str(Ops.GetAttr(a[0], "eof"))} to exit"));
        Def.Slot(t, "__call__", Call);
        return t;
    }

    /// <summary>Quitter.__call__(code=None): closes sys.stdin (which IDLE relies on), then raises SystemExit(code).</summary>
    private static PyObject Call(PyObject[] a, PyDict? k)
    {
        var code = Def.Arg(a, k, 1, "code") ?? PyNone.Instance;
        try
        {
            if (Importer.Modules.Get("sys") is PyModule sys && sys.Dict.Get("stdin") is { } stdin and not PyNone)
            {
                Ops.Call(Ops.GetAttr(stdin, "close"), []);
            }
        }
        catch (PyError)
        {
            // _sitebuiltins.Quitter ignores any failure to close stdin (a bare except).
        }
        throw new PyException(TypeObjects.SystemExit, PyTuple.Of(code)).ToError();
    }
}
