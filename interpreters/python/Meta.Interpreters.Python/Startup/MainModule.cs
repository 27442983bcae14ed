using System.IO.Compression;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Modules;
using Meta.Interpreters.Python.Objects;
using Meta.Interpreters.Python.Parsing;

namespace Meta.Interpreters.Python.Startup;

/// <summary>
/// Runs the program as the __main__ module (Modules/main.c's pymain_run_python): a script file, a
/// directory or zip archive holding __main__.py, a -c command, the source read from stdin, or a
/// module found on sys.path (-m: Lib/runpy.py's _run_module_as_main, done natively since metapy's
/// import system has no loaders: the parent packages are imported, a package runs its __main__,
/// sys.argv[0] becomes the file's path).
/// </summary>
public static class MainModule
{
    /// <summary>A fresh __main__ in sys.modules.</summary>
    public static PyModule Create(string? fileName)
    {
        var main = new PyModule("__main__");
        var d = main.Dict;
        d.Set("__name__", PyStr.From("__main__"));
        d.Set("__doc__", PyNone.Instance);
        d.Set("__package__", PyNone.Instance);
        d.Set("__loader__", PyNone.Instance);
        d.Set("__spec__", PyNone.Instance);
        d.Set("__annotations__", new PyDict());
        d.Set("__builtins__", BuiltinModule.Dict);
        if (fileName is not null)
        {
            d.Set("__file__", PyStr.From(fileName));
        }
        Importer.Modules.Set("__main__", main);
        return main;
    }

    /// <summary>Compiles and runs source in the module's namespace (a syntax error raises PythonSyntaxError).</summary>
    public static void Exec(PyModule module, byte[] source, string fileName, bool skipFirstLine = false)
    {
        if (skipFirstLine)
        {
            var nl = Array.IndexOf(source, (byte)'\n');
            // -x: the first line is dropped but still counted, so line numbers stay those of the file.
            source = nl < 0 ? [] : [(byte)'\n', .. source[(nl + 1)..]];
        }
        var code = CodeGenerator.CompileModule(Parser.ParseModule(source, fileName), fileName);
        Interp.Execute(new Frame(code, module.Dict) { NameDict = module.Dict });
    }

    /// <summary>What `metapy PATH` runs: a file, or the __main__.py of a directory or zip archive on sys.path[0].</summary>
    public static int RunPath(PyConfig config, string path, TextWriter stderr)
    {
        if (Directory.Exists(path) || IsZip(path))
        {
            path = Path.GetFullPath(path);
            var source = MainOf(path);
            if (source is null)
            {
                stderr.WriteLine($"{CommandLine.ProgramName}: can't find '__main__' module in {Ops.Repr(PyStr.From(path))}");
                return 1;
            }
            Exec(Create(Path.Combine(path, "__main__.py")), source, Path.Combine(path, "__main__.py"));
            return 0;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (errno, text) = e is FileNotFoundException or DirectoryNotFoundException ? (2, "No such file or directory") : (13, "Permission denied");
            stderr.WriteLine($"{CommandLine.ProgramName}: can't open file {Ops.Repr(PyStr.From(Path.GetFullPath(path)))}: [Errno {errno}] {text}");
            return 2;
        }
        Exec(Create(path), bytes, path, config.SkipFirstLine);
        return 0;
    }

    /// <summary>The directory a script's sys.path[0] names, or the directory/archive itself.</summary>
    public static string Path0Of(string path) =>
        Directory.Exists(path) || IsZip(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(ResolveLinks(path))) ?? "";

    private static string ResolveLinks(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(true)?.FullName ?? path : path;
    }

    public static bool IsZip(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        using var stream = File.OpenRead(path);
        var magic = new byte[4];
        return stream.Read(magic, 0, 4) == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    private static byte[]? MainOf(string path)
    {
        if (Directory.Exists(path))
        {
            var file = Path.Combine(path, "__main__.py");
            return File.Exists(file) ? File.ReadAllBytes(file) : null;
        }
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("__main__.py");
        if (entry is null)
        {
            return null;
        }
        using var input = entry.Open();
        var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>runpy._run_module_as_main for -m NAME.</summary>
    public static int RunModule(string name, TextWriter stderr)
    {
        var (file, package, error) = FindModule(name);
        if (file is null)
        {
            stderr.WriteLine($"{CommandLine.ProgramName}: {error}");
            return 1;
        }
        var main = Create(file);
        main.Dict.Set("__package__", PyStr.From(package));
        main.Dict.Set("__cached__", PyNone.Instance);
        if (Importer.Modules.Get("sys") is PyModule sys && sys.Dict.Get("argv") is PyList argv && argv.Count > 0)
        {
            argv.Items[0] = PyStr.From(file);
        }
        Exec(main, File.ReadAllBytes(file), file);
        return 0;
    }

    /// <summary>runpy._get_module_details: the file to run, its package, or runpy's error message.</summary>
    private static (string? File, string Package, string Error) FindModule(string name)
    {
        if (name.StartsWith('.'))
        {
            return (null, "", "Relative module names not supported");
        }
        var dot = name.LastIndexOf('.');
        var package = dot < 0 ? "" : name[..dot];
        List<string> searchPath;
        if (package.Length > 0)
        {
            PyObject parent;
            try
            {
                parent = ImportSystem.ImportAbsolute(package);
            }
            catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ImportError))
            {
                return (null, "", $"Error while finding module specification for {Ops.Repr(PyStr.From(name))} ({e.Value.Type.Name}: {Ops.Str(e.Value)})");
            }
            if (Ops.TryGetAttr(parent, "__path__") is not { } parentPath)
            {
                return (null, "", $"Error while finding module specification for {Ops.Repr(PyStr.From(name))} (ModuleNotFoundError: __path__ attribute not found on {Ops.Repr(PyStr.From(package))} while trying to find {Ops.Repr(PyStr.From(name))})");
            }
            searchPath = [.. Conversions.ToArray(parentPath).OfType<PyStr>().Select(s => s.Value)];
        }
        else
        {
            var sys = (PyModule)Importer.Modules.Get("sys")!;
            searchPath = [.. Conversions.ToArray(sys.Dict.Get("path")!).OfType<PyStr>().Select(s => s.Value)];
        }
        if (NativeRegistry.Names().Contains(name))
        {
            return (null, "", $"No code object available for {name}");
        }
        var found = ImportSystem.FindSource(name, searchPath);
        if (found is null)
        {
            return (null, "", $"No module named {name}");
        }
        var (file, packageDir) = found.Value;
        if (packageDir is null)
        {
            return (file, package, "");
        }
        // A package runs its __main__ submodule, after the package itself is imported.
        ImportSystem.ImportAbsolute(name);
        var (mainFile, _, error) = FindModule(name + ".__main__");
        return mainFile is null
            ? (null, "", $"{error.Replace($"No module named {name}.__main__", $"No module named {name}.__main__; {Ops.Repr(PyStr.From(name))} is a package and cannot be directly executed")}")
            : (mainFile, name, "");
    }
}
