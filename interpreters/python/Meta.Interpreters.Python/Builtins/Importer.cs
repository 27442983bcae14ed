using Meta.Interpreters.Python.Modules;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>import: sys.modules and the entry point of the import system (Modules/ImportSystem.cs).</summary>
public static class Importer
{
    public static readonly PyDict Modules = new();

    public static PyObject Import(string name, PyObject fromList, int level, PyDict globals) =>
        ImportSystem.Import(name, fromList, level, globals);
}
