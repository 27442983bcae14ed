using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;
using Meta.Interpreters.Python.Parsing;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>import: native modules, then NAME.py in the script's directory (sys.path[0]); modules are cached in sys.modules.</summary>
public static class Importer
{
    public static readonly PyDict Modules = new();

    public static PyObject Import(string name, PyObject fromList, int level, PyDict globals)
    {
        var parts = name.Split('.');
        PyObject? top = null;
        PyObject? last = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var full = string.Join('.', parts[..(i + 1)]);
            last = Modules.Get(full) ?? Load(full);
            top ??= last;
        }
        _ = level;
        _ = globals;
        return fromList is PyNone ? top! : last!;
    }

    private static PyModule Load(string name)
    {
        var native = NativeModules.Create(name);
        if (native is not null)
        {
            Modules.Set(name, native);
            return native;
        }
        var path = Path.Combine(PyThreadState.ScriptDirectory, name.Replace('.', Path.DirectorySeparatorChar) + ".py");
        if (!File.Exists(path))
        {
            var e = Errors.New(TypeObjects.ModuleNotFoundError, $"No module named '{name}'");
            throw e;
        }
        var module = new PyModule(name);
        module.Dict.Set("__name__", PyStr.From(name));
        module.Dict.Set("__file__", PyStr.From(path));
        Modules.Set(name, module);
        PyCode code;
        try
        {
            code = CodeGenerator.CompileModule(Parser.ParseModule(File.ReadAllBytes(path), path), path);
        }
        catch (PythonSyntaxError e)
        {
            Modules.Remove(PyStr.From(name));
            throw Errors.New(TypeObjects.SyntaxError, $"{e.Msg} ({Path.GetFileName(path)}, line {e.Line})");
        }
        var frame = new Frame(code, module.Dict) { NameDict = module.Dict };
        Interp.Execute(frame);
        return module;
    }
}
