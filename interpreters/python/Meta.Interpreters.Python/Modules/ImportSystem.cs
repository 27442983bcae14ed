using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;
using Meta.Interpreters.Python.Parsing;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The import statement, implemented natively rather than by running importlib._bootstrap (as
/// CPython does after startup): the semantics of Python/import.c's PyImport_ImportModuleLevelObject
/// and importlib._bootstrap's _find_and_load / _handle_fromlist, with a path finder that knows
/// native modules and source files only (no bytecode caches, no extension modules, no meta_path or
/// path_hooks). Packages (<c>__init__.py</c>, <c>__path__</c>), namespace packages, relative
/// imports and <c>__all__</c> for star imports are supported.
/// </summary>
public static class ImportSystem
{
    private static PyDict Modules => Importer.Modules;

    /// <summary>__import__(name, globals, locals, fromlist, level).</summary>
    public static PyObject Import(string name, PyObject fromList, int level, PyDict? globals)
    {
        EnsureSys();
        if (level < 0)
        {
            throw Errors.ValueError("level must be >= 0");
        }
        var absName = level > 0 ? ResolveName(name, globals, level) : name;
        if (absName.Length == 0)
        {
            throw Errors.ValueError("Empty module name");
        }
        var module = ImportAbsolute(absName);
        var names = fromList is PyNone ? [] : Conversions.ToArray(fromList);
        if (names.Length == 0)
        {
            if (level == 0 || name.Length > 0)
            {
                // import a.b.c binds a: return the top-level package (import.c's "front" computation).
                var dot = name.IndexOf('.');
                if (dot < 0)
                {
                    return module;
                }
                var front = absName[..(absName.Length - name.Length + dot)];
                return Modules.Get(front) ?? throw Errors.New(TypeObjects.KeyError, $"'{front}' not in sys.modules as expected");
            }
            return module;
        }
        if (module is PyModule m && m.Dict.Get("__path__") is not null)
        {
            HandleFromList(m, absName, names, false);
        }
        return module;
    }

    /// <summary>importlib._bootstrap._handle_fromlist: from package import submodule loads the submodule.</summary>
    private static void HandleFromList(PyModule module, string moduleName, PyObject[] names, bool recursive)
    {
        foreach (var item in names)
        {
            if (item is not PyStr s)
            {
                var where = recursive ? moduleName + ".__all__" : "``from list''";
                throw Errors.TypeError($"Item in {where} must be str, not {item.Type.Name}");
            }
            if (s.Value == "*")
            {
                if (!recursive && module.Dict.Get("__all__") is { } all)
                {
                    HandleFromList(module, moduleName, Conversions.ToArray(all), true);
                }
                continue;
            }
            if (module.Dict.Get(s.Value) is not null)
            {
                continue;
            }
            var sub = moduleName + "." + s.Value;
            try
            {
                ImportAbsolute(sub);
            }
            catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ModuleNotFoundError) && IsNamed(e.Value, sub))
            {
                // A name that is neither an attribute nor a submodule: the ImportFrom that follows reports it.
            }
        }
    }

    private static bool IsNamed(PyException e, string name) =>
        e.Args.Items.Length > 0 && e.Args.Items[0] is PyStr msg && msg.Value == $"No module named '{name}'";

    /// <summary>importlib._bootstrap._calc___package__ and _resolve_name.</summary>
    private static string ResolveName(string name, PyDict? globals, int level)
    {
        string? package = null;
        if (globals is null)
        {
            throw Errors.KeyError(PyStr.From("'__name__' not in globals"));
        }
        if (globals is not null)
        {
            if (globals.Get("__package__") is PyStr p)
            {
                package = p.Value;
            }
            else if (globals.Get("__name__") is PyStr n)
            {
                package = globals.Get("__path__") is not null ? n.Value : n.Value[..Math.Max(0, n.Value.LastIndexOf('.'))];
                if (n.Value.LastIndexOf('.') < 0 && globals.Get("__path__") is null)
                {
                    package = "";
                }
            }
        }
        if (string.IsNullOrEmpty(package))
        {
            throw Errors.New(TypeObjects.ImportError, "attempted relative import with no known parent package");
        }
        var bits = package.Split('.');
        if (bits.Length < level)
        {
            throw Errors.New(TypeObjects.ImportError, "attempted relative import beyond top-level package");
        }
        var based = string.Join('.', bits, 0, bits.Length - (level - 1));
        return name.Length > 0 ? based + "." + name : based;
    }

    /// <summary>importlib._bootstrap._find_and_load: sys.modules first, then the parent, then the finders.</summary>
    public static PyObject ImportAbsolute(string name)
    {
        var cached = Modules.Get(name);
        if (cached is not null)
        {
            if (cached is PyNone)
            {
                throw NotFound($"import of {name} halted; None in sys.modules", name);
            }
            return cached;
        }
        var dot = name.LastIndexOf('.');
        List<string> searchPath;
        PyObject? parent = null;
        if (dot >= 0)
        {
            var parentName = name[..dot];
            parent = ImportAbsolute(parentName);
            // Importing the parent may have imported the child.
            if (Modules.Get(name) is { } again)
            {
                return again;
            }
            var parentPath = Ops.TryGetAttr(parent, "__path__");
            if (parentPath is null)
            {
                throw NotFound($"No module named '{name}'; '{parentName}' is not a package", name);
            }
            searchPath = StringEntries(parentPath);
        }
        else
        {
            var native = NativeRegistry.Create(name);
            if (native is not null)
            {
                Modules.Set(name, native);
                return native;
            }
            searchPath = StringEntries(SysPath());
        }
        var module = FindAndExec(name, searchPath) ?? throw NotFound($"No module named '{name}'", name);
        if (parent is not null)
        {
            Ops.SetAttr(parent, name[(dot + 1)..], module);
        }
        return module;
    }

    private static PyError NotFound(string message, string name)
    {
        var e = new PyException(TypeObjects.ModuleNotFoundError, PyTuple.Of(PyStr.From(message)));
        e.SetAttribute("name", PyStr.From(name));
        return e.ToError();
    }

    private static List<string> StringEntries(PyObject path)
    {
        var result = new List<string>();
        foreach (var entry in Conversions.ToArray(path))
        {
            if (entry is PyStr s)
            {
                result.Add(s.Value);
            }
        }
        return result;
    }

    private static PyObject SysPath()
    {
        var sys = (PyModule)Modules.Get("sys")!;
        return sys.Dict.Get("path") ?? throw Errors.New(TypeObjects.ImportError, "sys.path is not set");
    }

    /// <summary>sys and builtins are always in sys.modules, as after CPython's startup.</summary>
    public static void EnsureSys()
    {
        if (Modules.Get("sys") is null)
        {
            Modules.Set("sys", NativeRegistry.Create("sys")!);
        }
        if (Modules.Get("builtins") is null)
        {
            Modules.Set("builtins", NativeRegistry.Create("builtins")!);
        }
    }

    /// <summary>FileFinder.find_spec over each directory: a package directory wins over a module
    /// file; a directory without __init__.py is a namespace portion (added to <paramref name="namespacePortions"/>).</summary>
    public static (string File, string? PackageDir)? FindSource(string name, List<string> searchPath, List<string>? namespacePortions = null)
    {
        var tail = name[(name.LastIndexOf('.') + 1)..];
        foreach (var entry in searchPath)
        {
            var dir = entry.Length == 0 ? Directory.GetCurrentDirectory() : entry;
            var packageDir = Path.Combine(dir, tail);
            if (Directory.Exists(packageDir))
            {
                var init = Path.Combine(packageDir, "__init__.py");
                if (File.Exists(init))
                {
                    return (init, packageDir);
                }
            }
            var file = Path.Combine(dir, tail + ".py");
            if (File.Exists(file))
            {
                return (file, null);
            }
            if (Directory.Exists(packageDir))
            {
                namespacePortions?.Add(packageDir);
            }
        }
        return null;
    }

    private static PyObject? FindAndExec(string name, List<string> searchPath)
    {
        var namespacePortions = new List<string>();
        if (FindSource(name, searchPath, namespacePortions) is { } found)
        {
            return ExecSource(name, found.File, found.PackageDir);
        }
        if (namespacePortions.Count > 0)
        {
            var ns = new PyModule(name);
            ns.Dict.Set("__name__", PyStr.From(name));
            ns.Dict.Set("__package__", PyStr.From(name));
            ns.Dict.Set("__file__", PyNone.Instance);
            var portions = new PyList();
            foreach (var portion in namespacePortions)
            {
                portions.Append(PyStr.From(portion));
            }
            ns.Dict.Set("__path__", portions);
            ns.Dict.Set("__loader__", PyNone.Instance);
            ns.Dict.Set("__spec__", PyNone.Instance);
            Modules.Set(name, ns);
            return ns;
        }
        return null;
    }

    /// <summary>SourceFileLoader.exec_module: the module is in sys.modules while its body runs and is removed if the body fails.</summary>
    private static PyObject ExecSource(string name, string path, string? packageDir)
    {
        var module = new PyModule(name);
        var d = module.Dict;
        d.Set("__name__", PyStr.From(name));
        d.Set("__doc__", PyNone.Instance);
        d.Set("__file__", PyStr.From(path));
        d.Set("__cached__", PyNone.Instance);
        d.Set("__loader__", PyNone.Instance);
        d.Set("__spec__", PyNone.Instance);
        d.Set("__builtins__", BuiltinModule.Dict);
        if (packageDir is not null)
        {
            d.Set("__package__", PyStr.From(name));
            d.Set("__path__", new PyList([PyStr.From(packageDir)]));
        }
        else
        {
            var dot = name.LastIndexOf('.');
            d.Set("__package__", PyStr.From(dot < 0 ? "" : name[..dot]));
        }
        PyCode code;
        try
        {
            code = CodeGenerator.CompileModule(Parser.ParseModule(File.ReadAllBytes(path), path), path);
        }
        catch (PythonSyntaxError e)
        {
            throw Errors.New(TypeObjects.SyntaxError, $"{e.Msg} ({Path.GetFileName(path)}, line {e.Line})");
        }
        Modules.Set(name, module);
        try
        {
            Interp.Execute(new Frame(code, d) { NameDict = d });
        }
        catch (PyError)
        {
            Modules.Remove(PyStr.From(name));
            throw;
        }
        // A module may replace itself in sys.modules while it runs.
        return Modules.Get(name) ?? throw Errors.New(TypeObjects.ImportError, $"Loaded module {name} not found in sys.modules");
    }

    /// <summary>The IMPORT_FROM instruction (ceval.c's import_from): an attribute, else a submodule already in sys.modules.</summary>
    public static PyObject ImportFrom(PyObject module, string name)
    {
        var value = Ops.TryGetAttr(module, name);
        if (value is not null)
        {
            return value;
        }
        var moduleName = module is PyModule m ? m.Dict.Get("__name__") is PyStr s ? s.Value : m.Name : null;
        if (moduleName is not null && Modules.Get(moduleName + "." + name) is { } sub)
        {
            return sub;
        }
        var location = module is PyModule mm && mm.Dict.Get("__file__") is PyStr f ? f.Value : "unknown location";
        var e = new PyException(TypeObjects.ImportError, PyTuple.Of(PyStr.From($"cannot import name '{name}' from '{moduleName ?? "?"}' ({location})")));
        e.SetAttribute("name", PyStr.From(moduleName ?? "?"));
        throw e.ToError();
    }

    /// <summary>The IMPORT_STAR instruction (ceval.c's import_all_from): __all__ when defined, else the public names.</summary>
    public static void ImportStar(PyObject module, PyDict target)
    {
        var all = Ops.TryGetAttr(module, "__all__");
        if (all is not null)
        {
            foreach (var item in Conversions.ToArray(all))
            {
                if (item is not PyStr s)
                {
                    throw Errors.TypeError($"Item in {ModuleName(module)}.__all__ must be str, not {item.Type.Name}");
                }
                target.Set(s, Ops.GetAttr(module, s.Value));
            }
            return;
        }
        if (module is not PyModule m)
        {
            throw Errors.New(TypeObjects.ImportError, "from-import-* object has no __dict__ and no __all__");
        }
        for (var i = 0; i < m.Dict.EntryCount; i++)
        {
            if (m.Dict.KeyAt(i) is PyStr k && !k.Value.StartsWith('_') && m.Dict.ValueAt(i) is { } v)
            {
                target.Set(k, v);
            }
        }
    }

    private static string ModuleName(PyObject module) => module is PyModule m ? m.Name : "?";

    /// <summary>builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0) (bltinmodule.c's builtin___import__).</summary>
    public static PyObject BuiltinImport(PyObject[] args, PyDict? kwargs)
    {
        var name = Def.Arg(args, kwargs, 0, "name") ?? throw Errors.TypeError("__import__() missing required argument 'name' (pos 1)");
        if (name is not PyStr s)
        {
            throw Errors.TypeError($"module name must be str, not {name.Type.Name}");
        }
        var globals = Def.Arg(args, kwargs, 1, "globals") as PyDict;
        var fromList = Def.Arg(args, kwargs, 3, "fromlist") ?? PyNone.Instance;
        var level = Def.Arg(args, kwargs, 4, "level") is { } l ? (int)Ops.IndexValue(l) : 0;
        return Import(s.Value, fromList, level, globals);
    }
}
