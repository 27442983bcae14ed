using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Startup;

/// <summary>
/// The part of site.main() metapy runs (Lib/site.py's setquit): builtins.exit and builtins.quit,
/// the Quitter objects of Lib/_sitebuiltins.py. The rest of site (site-packages, .pth files) is not run.
/// </summary>
public static class SiteBuiltins
{
    public static void Install()
    {
        PyObject module;
        try
        {
            module = Modules.ImportSystem.ImportAbsolute("_sitebuiltins");
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ImportError))
        {
            // Without CPython's Lib there is no _sitebuiltins: exit and quit stay undefined, as under -S.
            return;
        }
        var quitter = Ops.GetAttr(module, "Quitter");
        foreach (var name in new[] { "exit", "quit" })
        {
            BuiltinModule.Dict.Set(name, Ops.Call(quitter, [PyStr.From(name), PyStr.From("Ctrl-D (i.e. EOF)")]));
        }
    }
}
