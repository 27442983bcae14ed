using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The modules written natively (CPython's Modules/*.c and Python/*.c, PyPy's mixed modules): the
/// importer asks here before searching sys.path, so a native module shadows a Lib file of the same
/// name, as a builtin module does in CPython.
/// </summary>
public static class NativeRegistry
{

    /// <summary>Every native module name, sorted (sys.builtin_module_names).</summary>
    private static readonly string[] All =
    [
        "_codecs", "_collections", "_string", "_thread", "_weakref", "atexit", "builtins", "errno", "gc", "itertools", "math", "posix", "sys", "time",
    ];

    public static string[] Names() => All;

    public static PyModule? Create(string name)
    {
        switch (name)
        {
            case "builtins":
                return new PyModule("builtins", BuiltinModule.Dict);
            case "sys":
                return Sys.Extend(NativeModules.Create("sys")!);
            case "_codecs":
                return Codecs.Create();
            case "_string":
                return StringModule.Create();
            case "atexit":
                return AtexitModule.Create();
            case "gc":
                return GcModule.Create();
            case "itertools":
                return Itertools.Create();
            case "errno":
                return ErrnoModule.Create();
            case "posix":
                return PosixModule.Create();
            case "_collections":
                return CollectionsModule.Create();
            case "_thread":
                return ThreadModule.Create();
            case "_weakref":
                return WeakrefModule.Create();
            default:
                return NativeModules.Create(name);
        }
    }
}
