using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _imp (Python/import.c), what importlib._bootstrap and _bootstrap_external call: builtin modules
/// are metapy's native modules, nothing is frozen, there are no extension modules (so no extension
/// suffixes), the import lock is the interpreter's (one thread runs Python at a time), and
/// source_hash is CPython's keyed SipHash-1-3 of the source (used only for hash-based .pyc files).
/// </summary>
public static class ImpModule
{
    private static int _lockDepth;

    public static PyModule Create()
    {
        var m = new PyModule("_imp");
        var d = m.Dict;
        d.Set("check_hash_based_pycs", PyStr.From("default"));
        Def.Function(d, "is_builtin", (a, k) => PyInt.From(NativeRegistry.Names().Contains(Name(a)) ? 1 : 0));
        Def.Function(d, "create_builtin", CreateBuiltin);
        Def.Function(d, "exec_builtin", (a, k) => PyInt.From(0));
        Def.Function(d, "is_frozen", (a, k) => PyBool.False);
        Def.Function(d, "is_frozen_package", (a, k) => PyBool.False);
        Def.Function(d, "find_frozen", (a, k) => PyNone.Instance);
        Def.Function(d, "get_frozen_object", (a, k) => throw Errors.New(TypeObjects.ImportError, $"No such frozen object named {Ops.Repr(a[0])}"));
        Def.Function(d, "init_frozen", (a, k) => PyNone.Instance);
        Def.Function(d, "_frozen_module_names", (a, k) => new PyList());
        Def.Function(d, "_override_frozen_modules_for_tests", (a, k) => PyInt.From(0));
        Def.Function(d, "create_dynamic", (a, k) => throw Errors.New(TypeObjects.ImportError, $"metapy cannot load extension modules ({Ops.Str(Ops.GetAttr(a[0], "origin"))})"));
        Def.Function(d, "exec_dynamic", (a, k) => PyInt.From(0));
        Def.Function(d, "extension_suffixes", (a, k) => new PyList());
        Def.Function(d, "acquire_lock", (a, k) => { _lockDepth++; return PyNone.Instance; });
        Def.Function(d, "release_lock", ReleaseLock);
        Def.Function(d, "lock_held", (a, k) => PyBool.From(_lockDepth > 0));
        Def.Function(d, "_fix_co_filename", FixCoFilename);
        Def.Function(d, "source_hash", SourceHash);
        return m;
    }

    private static string Name(PyObject[] a) => a.Length > 0 && a[0] is PyStr s ? s.Value : throw Errors.TypeError("argument must be str");

    /// <summary>create_builtin(spec): the native module of spec.name (the one in sys.modules if already made).</summary>
    private static PyObject CreateBuiltin(PyObject[] a, PyDict? k)
    {
        var name = Ops.GetAttr(a[0], "name") as PyStr ?? throw Errors.TypeError("spec.name must be a string");
        if (Importer.Modules.Get(name.Value) is { } existing and not PyNone && NativeRegistry.Names().Contains(name.Value))
        {
            return existing;
        }
        return NativeRegistry.Create(name.Value) ?? throw Errors.New(TypeObjects.ImportError, $"no built-in module named {name.Value}");
    }

    private static PyObject ReleaseLock(PyObject[] a, PyDict? k)
    {
        if (_lockDepth == 0)
        {
            throw Errors.RuntimeError("not holding the import lock");
        }
        _lockDepth--;
        return PyNone.Instance;
    }

    /// <summary>_fix_co_filename(code, path): the code object and its nested code objects take the path.</summary>
    private static PyObject FixCoFilename(PyObject[] a, PyDict? k)
    {
        if (a[0] is PyCode code && a[1] is PyStr path)
        {
            Rename(code, path.Value);
        }
        return PyNone.Instance;
    }

    private static void Rename(PyCode code, string path)
    {
        code.FileName = path;
        foreach (var constant in code.Consts)
        {
            if (constant is PyCode inner)
            {
                Rename(inner, path);
            }
        }
    }

    /// <summary>_imp.source_hash(key, source): _Py_KeyedHash, SipHash-1-3 keyed by the 64-bit key, as 8 little-endian bytes.</summary>
    private static PyObject SourceHash(PyObject[] a, PyDict? k)
    {
        var key = (ulong)Ops.IndexValue(Def.Arg(a, k, 0, "key") ?? throw Errors.TypeError("source_hash() missing required argument 'key'"));
        var source = IO.IOBase.BytesLike(Def.Arg(a, k, 1, "source") ?? throw Errors.TypeError("source_hash() missing required argument 'source'"));
        return new PyBytes(BitConverter.GetBytes(SipHash13(key, 0, source)));
    }

    private static ulong SipHash13(ulong k0, ulong k1, byte[] data)
    {
        ulong v0 = k0 ^ 0x736f6d6570736575UL, v1 = k1 ^ 0x646f72616e646f6dUL, v2 = k0 ^ 0x6c7967656e657261UL, v3 = k1 ^ 0x7465646279746573UL;
        void Round()
        {
            v0 += v1; v1 = ulong.RotateLeft(v1, 13); v1 ^= v0; v0 = ulong.RotateLeft(v0, 32);
            v2 += v3; v3 = ulong.RotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = ulong.RotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = ulong.RotateLeft(v1, 17); v1 ^= v2; v2 = ulong.RotateLeft(v2, 32);
        }
        var blocks = data.Length / 8;
        for (var i = 0; i < blocks; i++)
        {
            var m = BitConverter.ToUInt64(data, i * 8);
            v3 ^= m;
            Round();
            v0 ^= m;
        }
        ulong last = (ulong)data.Length << 56;
        for (var i = 0; i < data.Length % 8; i++)
        {
            last |= (ulong)data[blocks * 8 + i] << (8 * i);
        }
        v3 ^= last;
        Round();
        v0 ^= last;
        v2 ^= 0xff;
        Round();
        Round();
        Round();
        return v0 ^ v1 ^ v2 ^ v3;
    }
}
