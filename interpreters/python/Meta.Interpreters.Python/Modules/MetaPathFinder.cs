using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The entry of sys.meta_path that lets importlib's own machinery (importlib.import_module,
/// importlib.util.find_spec, pkgutil, runpy) find what metapy's native import system finds:
/// find_spec answers with an importlib ModuleSpec for a native module or a source file or
/// package on the path, and as the spec's loader create_module runs the native import, so a
/// module is loaded one way whichever door it comes through. Namespace packages are left to
/// the import statement.
/// </summary>
public static class MetaPathFinder
{
    private static readonly PyType FinderType = MakeType();

    public static PyObject Create() => new PyInstance(FinderType);

    private static PyType MakeType()
    {
        var t = new PyType("MetapyFinder", [TypeObjects.Object], module: "_imp");
        Def.Method(t, "find_spec", FindSpec);
        Def.Method(t, "create_module", (a, k) => ImportSystem.ImportAbsolute(Ops.Str(Ops.GetAttr(a[1], "name"))));
        Def.Method(t, "exec_module", (a, k) => PyNone.Instance);
        Def.Method(t, "invalidate_caches", (a, k) => PyNone.Instance);
        Def.Slot(t, "__repr__", (a, k) => PyStr.From("<class 'MetapyFinder'>"));
        return t;
    }

    /// <summary>find_spec(fullname, path=None, target=None).</summary>
    private static PyObject FindSpec(PyObject[] a, PyDict? k)
    {
        var name = Ops.Str(Def.Arg(a, k, 1, "fullname") ?? throw Errors.TypeError("find_spec() missing required argument 'fullname'"));
        var path = Def.Arg(a, k, 2, "path");
        if (Importer.Modules.Get("importlib._bootstrap") is not PyModule bootstrap || bootstrap.Dict.Get("ModuleSpec") is not { } moduleSpec)
        {
            return PyNone.Instance;
        }
        var self = a[0];
        if (!name.Contains('.') && NativeRegistry.Names().Contains(name))
        {
            return Ops.Call(moduleSpec, [PyStr.From(name), self], Keywords(("origin", PyStr.From("built-in"))));
        }
        var searchPath = path is null or PyNone
            ? Conversions.ToArray(((PyModule)Importer.Modules.Get("sys")!).Dict.Get("path")!)
            : Conversions.ToArray(path);
        var found = ImportSystem.FindSource(name, [.. searchPath.OfType<PyStr>().Select(s => s.Value)]);
        if (found is not { } source)
        {
            return PyNone.Instance;
        }
        var spec = Ops.Call(moduleSpec, [PyStr.From(name), self], Keywords(("origin", PyStr.From(source.File)), ("is_package", PyBool.From(source.PackageDir is not null))));
        if (source.PackageDir is { } dir)
        {
            Ops.SetAttr(spec, "submodule_search_locations", new PyList([PyStr.From(dir)]));
        }
        Ops.SetAttr(spec, "has_location", PyBool.True);
        return spec;
    }

    private static PyDict Keywords(params (string Name, PyObject Value)[] items)
    {
        var d = new PyDict();
        foreach (var (name, value) in items)
        {
            d.Set(name, value);
        }
        return d;
    }
}
