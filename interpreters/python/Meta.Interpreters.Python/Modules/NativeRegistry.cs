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
        "_bisect", "_blake2", "_codecs", "_collections", "_contextvars", "_csv", "_heapq", "_imp", "_io", "_json", "_locale", "_md5", "_operator", "_posixsubprocess", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_socket", "_sre", "_string", "_struct", "_thread", "_warnings", "_weakref", "atexit", "binascii", "builtins", "errno", "gc", "itertools", "marshal", "math", "posix", "select", "sys", "time", "unicodedata", "zlib",
    ];

    public static string[] Names() => All;

    /// <summary>The module, with the attributes every module has (__name__, __doc__, __package__, __loader__, __spec__).</summary>
    public static PyModule? Create(string name)
    {
        var m = CreateModule(name);
        if (m is not null && name != "builtins")
        {
            m.Dict.Set("__name__", PyStr.From(name));
            foreach (var attr in new[] { "__doc__", "__loader__", "__spec__" })
            {
                if (m.Dict.Get(attr) is null)
                {
                    m.Dict.Set(attr, PyNone.Instance);
                }
            }
            m.Dict.Set("__package__", PyStr.From(""));
        }
        return m;
    }

    private static PyModule? CreateModule(string name)
    {
        switch (name)
        {
            case "builtins":
                return new PyModule("builtins", BuiltinModule.Dict);
            case "sys":
                return Sys.Extend(NativeModules.Create("sys")!);
            case "_codecs":
                return Codecs.Create();
            case "_struct":
                return StructModule.Create();
            case "_md5":
                return Hashing.HashModules.CreateMd5();
            case "_sha1":
                return Hashing.HashModules.CreateSha1();
            case "_sha256":
                return Hashing.HashModules.CreateSha256();
            case "_sha512":
                return Hashing.HashModules.CreateSha512();
            case "_sha3":
                return Hashing.HashModules.CreateSha3();
            case "_blake2":
                return Hashing.HashModules.CreateBlake2();
            case "_bisect":
                return BisectModule.Create();
            case "_heapq":
                return HeapqModule.Create();
            case "_json":
                return JsonModule.Create();
            case "zlib":
                return Zlib.ZlibModule.Create();
            case "_csv":
                return CsvModule.Create();
            case "_locale":
                return LocaleModule.Create();
            case "unicodedata":
                return UnicodedataModule.Create();
            case "_operator":
                return OperatorModule.Create();
            case "math":
                return MathExtras.Extend(NativeModules.Create("math")!);
            case "_random":
                return RandomModule.Create();
            case "_sre":
                return Sre.SreModule.Create();
            case "_string":
                return StringModule.Create();
            case "binascii":
                return BinasciiModule.Create();
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
            case "_contextvars":
                return ContextVarsModule.Create();
            case "_collections":
                return CollectionsModule.Create();
            case "_thread":
                return ThreadModule.Create();
            case "_weakref":
                return WeakrefModule.Create();
            case "_io":
                return IO.IOModule.Create();
            case "_posixsubprocess":
                return PosixSubprocessModule.Create();
            case "_socket":
                return SocketModule.Create();
            case "_signal":
                return SignalModule.Create();
            case "select":
                return SelectModule.Create();
            case "marshal":
                return MarshalModule.Create();
            case "_imp":
                return ImpModule.Create();
            case "_warnings":
                return WarningsModule.Create();
            default:
                return NativeModules.Create(name);
        }
    }
}
