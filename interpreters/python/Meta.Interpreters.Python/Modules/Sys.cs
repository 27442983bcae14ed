using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The parts of sys (Python/sysmodule.c) the standard library reads at import time, added to the
/// core sys module of Builtins/NativeModules.cs: the path CPython's getpath.py computes, prefixes,
/// flags, implementation, encodings, numeric info and the import-system lists.
/// </summary>
public static class Sys
{
    /// <summary>3.11.7 final: PY_VERSION_HEX of the oracle.</summary>
    public const long HexVersion = 0x030B07F0;

    public static PyModule Extend(PyModule sys)
    {
        var d = sys.Dict;
        d.Set("path", DefaultPath());
        var prefix = PyStr.From(StdlibLocation.Prefix);
        d.Set("prefix", prefix);
        d.Set("exec_prefix", prefix);
        d.Set("base_prefix", prefix);
        d.Set("base_exec_prefix", prefix);
        d.Set("platlibdir", PyStr.From("lib"));
        d.Set("pycache_prefix", PyNone.Instance);
        var exe = PyStr.From(Environment.ProcessPath ?? "");
        d.Set("executable", exe);
        d.Set("_base_executable", exe);
        var config = Startup.PyConfig.Current;
        d.Set("orig_argv", new PyList([exe, .. config.OriginalArgs.Select(a => (PyObject)PyStr.From(a))]));
        d.Set("hexversion", PyInt.From(HexVersion));
        d.Set("api_version", PyInt.From(1013));
        d.Set("maxunicode", PyInt.From(0x10FFFF));
        d.Set("abiflags", PyStr.From(""));
        d.Set("float_repr_style", PyStr.From("short"));
        d.Set("dont_write_bytecode", PyBool.From(config.DontWriteBytecode));
        d.Set("meta_path", new PyList([MetaPathFinder.Create()]));
        d.Set("path_hooks", new PyList());
        d.Set("path_importer_cache", new PyDict());
        d.Set("warnoptions", new PyList([.. config.WarnOptions.Select(w => (PyObject)PyStr.From(w))]));
        d.Set("_xoptions", XOptions(config.XOptions));
        d.Set("builtin_module_names", BuiltinModuleNames());
        d.Set("copyright", PyStr.From("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
        d.Set("flags", Flags(config));
        // __debug__ is false under -O (CPython folds it at compile time; a builtin gives the same value).
        Builtins.BuiltinModule.Dict.Set("__debug__", PyBool.From(config.Optimize == 0));
        d.Set("implementation", Implementation());
        d.Set("float_info", FloatInfo());
        d.Set("int_info", Info("sys.int_info", ("bits_per_digit", PyInt.From(30)), ("sizeof_digit", PyInt.From(4)),
            ("default_max_str_digits", PyInt.From(4300)), ("str_digits_check_threshold", PyInt.From(640))));
        d.Set("hash_info", Info("sys.hash_info", ("width", PyInt.From(64)), ("modulus", PyInt.From((1L << 61) - 1)),
            ("inf", PyInt.From(314159)), ("nan", PyInt.From(0)), ("imag", PyInt.From(1000003)),
            ("algorithm", PyStr.From("siphash13")), ("hash_bits", PyInt.From(64)), ("seed_bits", PyInt.From(128)), ("cutoff", PyInt.From(0))));
        IO.StandardStreams.AddTo(d);
        Def.Function(d, "getdefaultencoding", Utf8);
        Def.Function(d, "getfilesystemencoding", Utf8);
        Def.Function(d, "getfilesystemencodeerrors", SurrogateEscape);
        Def.Function(d, "exception", Exception);
        Def.Function(d, "is_finalizing", IsFinalizing);
        Def.Function(d, "audit", Audit);
        Def.Function(d, "addaudithook", AddAuditHook);
        Def.Function(d, "getswitchinterval", GetSwitchInterval);
        Def.Function(d, "setswitchinterval", SetSwitchInterval);
        Def.Function(d, "excepthook", ExceptHook);
        Def.Function(d, "displayhook", Startup.DisplayHook.Default);
        d.Set("__displayhook__", d.Get("displayhook")!);
        d.Set("__excepthook__", d.Get("excepthook")!);
        return sys;
    }

    /// <summary>-X name=value gives {name: value}, -X name gives {name: True}.</summary>
    private static PyDict XOptions(List<string> options)
    {
        var d = new PyDict();
        foreach (var option in options)
        {
            var eq = option.IndexOf('=');
            d.Set(eq < 0 ? option : option[..eq], eq < 0 ? PyBool.True : PyStr.From(option[(eq + 1)..]));
        }
        return d;
    }

    /// <summary>sys.path as CPython builds it: sys.path[0] (the script's directory, '' for -c, none
    /// under -P), PYTHONPATH's entries, then the Lib directory. The zip entry and lib-dynload are left
    /// out: metapy loads no extension modules.</summary>
    private static PyList DefaultPath()
    {
        var path = new PyList();
        var config = Startup.PyConfig.Current;
        if (config.Path0 is { } path0)
        {
            path.Append(PyStr.From(path0));
        }
        foreach (var entry in config.PythonPath)
        {
            path.Append(PyStr.From(Path.GetFullPath(entry)));
        }
        if (StdlibLocation.Lib is { } lib)
        {
            path.Append(PyStr.From(lib));
        }
        return path;
    }

    private static PyTuple BuiltinModuleNames()
    {
        var names = NativeRegistry.Names();
        var items = new PyObject[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            items[i] = PyStr.From(names[i]);
        }
        return new PyTuple(items);
    }

    private static readonly PyType FlagsType = new("flags", [TypeObjects.Object], module: "sys");

    /// <summary>sys.flags from the command line and the environment (sys.flags is a struct sequence in CPython; here its fields are attributes).</summary>
    private static PyObject Flags(Startup.PyConfig c)
    {
        var f = new PyInstance(FlagsType);
        PyObject I(bool b) => PyInt.From(b ? 1 : 0);
        f.SetAttribute("debug", PyInt.From(0));
        f.SetAttribute("inspect", I(c.Inspect));
        f.SetAttribute("interactive", I(c.Interactive));
        f.SetAttribute("optimize", PyInt.From(c.Optimize));
        f.SetAttribute("dont_write_bytecode", I(c.DontWriteBytecode));
        f.SetAttribute("no_user_site", I(c.NoUserSite));
        f.SetAttribute("no_site", I(c.NoSite));
        f.SetAttribute("ignore_environment", I(c.IgnoreEnvironment));
        f.SetAttribute("verbose", PyInt.From(c.Verbose));
        f.SetAttribute("bytes_warning", PyInt.From(c.BytesWarning));
        f.SetAttribute("quiet", I(c.Quiet));
        f.SetAttribute("hash_randomization", PyInt.From(1));
        f.SetAttribute("isolated", I(c.Isolated));
        f.SetAttribute("dev_mode", PyBool.False);
        f.SetAttribute("utf8_mode", PyInt.From(0));
        f.SetAttribute("warn_default_encoding", PyInt.From(0));
        f.SetAttribute("safe_path", PyBool.From(c.SafePath));
        f.SetAttribute("int_max_str_digits", PyInt.From(-1));
        return f;
    }

    private static PyObject Implementation()
    {
        var ns = SimpleNamespace.New();
        ns.SetAttribute("name", PyStr.From("metapy"));
        // No bytecode caches: importlib skips __pycache__ when cache_tag is None.
        ns.SetAttribute("cache_tag", PyNone.Instance);
        ns.SetAttribute("version", PyTuple.Of(PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)));
        ns.SetAttribute("hexversion", PyInt.From(HexVersion));
        ns.SetAttribute("_multiarch", PyStr.From("x86_64-linux-gnu"));
        return ns;
    }

    private static PyObject FloatInfo() => Info("sys.float_info",
        ("max", new PyFloat(double.MaxValue)), ("max_exp", PyInt.From(1024)), ("max_10_exp", PyInt.From(308)),
        ("min", new PyFloat(2.2250738585072014e-308)), ("min_exp", PyInt.From(-1021)), ("min_10_exp", PyInt.From(-307)),
        ("dig", PyInt.From(15)), ("mant_dig", PyInt.From(53)), ("epsilon", new PyFloat(Math.BitIncrement(1.0) - 1.0)),
        ("radix", PyInt.From(2)), ("rounds", PyInt.From(1)));

    /// <summary>A struct-sequence-like record: the named fields are attributes (indexing is not supported yet).</summary>
    private static PyObject Info(string typeName, params (string Name, PyObject Value)[] fields)
    {
        var dot = typeName.IndexOf('.');
        var type = new PyType(typeName[(dot + 1)..], [TypeObjects.Object], module: typeName[..dot]);
        var o = new PyInstance(type);
        foreach (var (name, value) in fields)
        {
            o.SetAttribute(name, value);
        }
        return o;
    }

    private static PyObject Utf8(PyObject[] a, PyDict? k) => PyStr.From("utf-8");

    private static PyObject SurrogateEscape(PyObject[] a, PyDict? k) => PyStr.From("surrogateescape");

    private static PyObject Exception(PyObject[] a, PyDict? k) => (PyObject?)PyThreadState.Handled ?? PyNone.Instance;

    private static PyObject IsFinalizing(PyObject[] a, PyDict? k) => PyBool.False;

    private static readonly List<PyObject> AuditHooks = [];

    /// <summary>sys.audit(event, *args): calls every hook added by addaudithook (sysmodule.c's sys_audit).</summary>
    private static PyObject Audit(PyObject[] a, PyDict? k)
    {
        if (a.Length == 0 || a[0] is not PyStr)
        {
            throw Errors.TypeError("expected str for argument 'event'");
        }
        if (AuditHooks.Count == 0)
        {
            return PyNone.Instance;
        }
        var args = PyTuple.Of(a[1..]);
        foreach (var hook in AuditHooks.ToArray())
        {
            Ops.Call(hook, [a[0], args]);
        }
        return PyNone.Instance;
    }

    private static PyObject AddAuditHook(PyObject[] a, PyDict? k)
    {
        AuditHooks.Add(a[0]);
        return PyNone.Instance;
    }

    /// <summary>sys.excepthook(type, value, traceback): the traceback and exception line on stderr (pythonrun.c's PyErr_Display).</summary>
    private static PyObject ExceptHook(PyObject[] a, PyDict? k)
    {
        if (a.Length != 3)
        {
            throw Errors.TypeError($"excepthook expected 3 arguments, got {a.Length}");
        }
        var text = a[1] is PyException e ? Runner.FormatException(e) : Ops.Str(a[1]) + "\n";
        if (IO.StandardStreams.CurrentStderr() is not PyNone and var stderr)
        {
            IO.IOBase.Call(stderr, "write", PyStr.From(text));
            IO.IOBase.Call(stderr, "flush");
        }
        else
        {
            PyThreadState.Out.Flush();
            IO.StandardStreams.HostError.Write(text);
        }
        return PyNone.Instance;
    }

    private static double _switchInterval = 0.005;

    private static PyObject GetSwitchInterval(PyObject[] a, PyDict? k) => new PyFloat(_switchInterval);

    private static PyObject SetSwitchInterval(PyObject[] a, PyDict? k)
    {
        var v = Ops.ToDouble(a[0]);
        if (v <= 0)
        {
            throw Errors.ValueError("switch interval must be strictly positive");
        }
        _switchInterval = v;
        return PyNone.Instance;
    }
}
