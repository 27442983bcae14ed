using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _warnings (Python/_warnings.c): the filters list with 3.11's defaults, warn and warn_explicit
/// with the registries and the actions error/ignore/once/always/module/default. A warning is
/// shown through warnings._showwarnmsg when the warnings module is loaded (so showwarning can
/// be replaced), else written to sys.stderr as the C fallback does. metapy's frames do not link
/// to their callers, so a stacklevel above 1 is attributed to the frame that called warn.
/// </summary>
public static class WarningsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_warnings");
        var d = m.Dict;
        PyObject none = PyNone.Instance;
        PyObject zero = PyInt.From(0);
        d.Set("filters", new PyList(
        [
            PyTuple.Of(PyStr.From("default"), none, TypeObjects.DeprecationWarning, PyStr.From("__main__"), zero),
            PyTuple.Of(PyStr.From("ignore"), none, TypeObjects.DeprecationWarning, none, zero),
            PyTuple.Of(PyStr.From("ignore"), none, TypeObjects.PendingDeprecationWarning, none, zero),
            PyTuple.Of(PyStr.From("ignore"), none, TypeObjects.ImportWarning, none, zero),
            PyTuple.Of(PyStr.From("ignore"), none, TypeObjects.ResourceWarning, none, zero),
        ]));
        d.Set("_defaultaction", PyStr.From("default"));
        d.Set("_onceregistry", new PyDict());
        Def.Function(d, "warn", Warn);
        Def.Function(d, "warn_explicit", WarnExplicit);
        Def.Function(d, "_filters_mutated", (a, k) => { _filtersVersion++; return PyNone.Instance; });
        return m;
    }

    private static long _filtersVersion = 1;

    /// <summary>get_warnings_attr: warnings.filters, _onceregistry and defaultaction when the warnings
    /// module is loaded (catch_warnings rebinds them there), else this module's own.</summary>
    private static PyObject? Setting(string name, string ownName)
    {
        if (Importer.Modules.Get("warnings") is PyModule warnings && warnings.Dict.Get(name) is { } value)
        {
            return value;
        }
        return ((PyModule)(Importer.Modules.Get("_warnings") ?? ImportSystem.ImportAbsolute("_warnings"))).Dict.Get(ownName);
    }

    /// <summary>warn(message, category=None, stacklevel=1, source=None).</summary>
    private static PyObject Warn(PyObject[] a, PyDict? k)
    {
        var message = Def.Arg(a, k, 0, "message") ?? throw Errors.TypeError("warn() missing required argument 'message' (pos 1)");
        var category = Def.Arg(a, k, 1, "category") ?? PyNone.Instance;
        var source = Def.Arg(a, k, 3, "source") ?? PyNone.Instance;
        category = Category(message, category);
        var frame = PyThreadState.Current;
        var globals = frame?.Globals;
        var filename = frame?.Code.FileName ?? "sys";
        var lineno = frame?.Line ?? 1;
        var module = globals?.Get("__name__") as PyStr ?? PyStr.From("<string>");
        PyObject registry = PyNone.Instance;
        if (globals is not null)
        {
            registry = globals.Get("__warningregistry__") ?? new PyDict();
            globals.Set("__warningregistry__", registry);
        }
        return Explicit(message, (PyType)category, PyStr.From(filename), lineno, module, registry, source);
    }

    /// <summary>get_category: a Warning instance gives its class; else the category must be a Warning subclass.</summary>
    private static PyObject Category(PyObject message, PyObject category)
    {
        if (message.Type.IsSubtypeOf(TypeObjects.Warning))
        {
            return message.Type;
        }
        if (category is PyNone)
        {
            return TypeObjects.UserWarning;
        }
        if (category is not PyType t || !t.IsSubtypeOf(TypeObjects.Warning))
        {
            throw Errors.TypeError($"category must be a Warning subclass, not '{category.Type.Name}'");
        }
        return category;
    }

    private static PyObject WarnExplicit(PyObject[] a, PyDict? k)
    {
        var message = Def.Arg(a, k, 0, "message") ?? throw Errors.TypeError("warn_explicit() missing required argument 'message' (pos 1)");
        var category = Category(message, Def.Arg(a, k, 1, "category") ?? PyNone.Instance);
        var filename = Def.Arg(a, k, 2, "filename") ?? throw Errors.TypeError("warn_explicit() missing required argument 'filename' (pos 3)");
        var lineno = (int)Ops.IndexValue(Def.Arg(a, k, 3, "lineno") ?? throw Errors.TypeError("warn_explicit() missing required argument 'lineno' (pos 4)"));
        var module = Def.Arg(a, k, 4, "module") ?? PyNone.Instance;
        var registry = Def.Arg(a, k, 5, "registry") ?? PyNone.Instance;
        var source = Def.Arg(a, k, 7, "source") ?? PyNone.Instance;
        if (module is PyNone)
        {
            var name = Ops.Str(filename);
            module = PyStr.From(name.EndsWith(".py", StringComparison.Ordinal) ? name[..^3] : name.Length == 0 ? "<unknown>" : name);
        }
        return Explicit(message, (PyType)category, filename, lineno, module, registry, source);
    }

    /// <summary>warn_explicit: the registries, the first matching filter's action, then the display.</summary>
    private static PyObject Explicit(PyObject message, PyType category, PyObject filename, int lineno, PyObject module, PyObject registry, PyObject source)
    {
        var text = Ops.Str(message);
        if (!message.Type.IsSubtypeOf(TypeObjects.Warning))
        {
            message = Ops.Call(category, [message]);
        }
        var key = PyTuple.Of(PyStr.From(text), category, PyInt.From(lineno));
        if (registry is PyDict reg)
        {
            if (reg.Get("version") is not PyInt version || version.Value != _filtersVersion)
            {
                reg.Clear();
                reg.Set("version", PyInt.From(_filtersVersion));
            }
            if (reg.Get(key) is { } seen && Ops.IsTrue(seen))
            {
                return PyNone.Instance;
            }
        }
        var (action, item) = Action(category, text, module, lineno);
        switch (action)
        {
            case "error":
                throw new PyError((PyException)message);
            case "ignore":
                Remember(registry, key);
                return PyNone.Instance;
            case "once":
                Remember(registry, key);
                var once = Setting("_onceregistry", "_onceregistry") as PyDict ?? throw Errors.TypeError("warnings._onceregistry must be a dict");
                var onceKey = PyTuple.Of(PyStr.From(text), category);
                if (once.Get(onceKey) is { } o && Ops.IsTrue(o))
                {
                    return PyNone.Instance;
                }
                once.Set(onceKey, PyBool.True);
                break;
            case "module":
                Remember(registry, key);
                var moduleKey = PyTuple.Of(PyStr.From(text), category, PyInt.From(0));
                if (registry is PyDict r && r.Get(moduleKey) is { } m && Ops.IsTrue(m))
                {
                    return PyNone.Instance;
                }
                Remember(registry, moduleKey);
                break;
            case "default":
                Remember(registry, key);
                break;
            case "always":
                break;
            default:
                throw Errors.RuntimeError($"Unrecognized action ({Ops.Repr(PyStr.From(action))}) in warnings.filters:\n {Ops.Repr(item)}");
        }
        Show(message, category, filename, lineno, source);
        return PyNone.Instance;
    }

    private static void Remember(PyObject registry, PyObject key)
    {
        if (registry is PyDict r)
        {
            r.Set(key, PyBool.True);
        }
    }

    /// <summary>get_filter: the first (action, message, category, module, lineno) that matches, else the default action.</summary>
    private static (string Action, PyObject Item) Action(PyType category, string text, PyObject module, int lineno)
    {
        var filters = Setting("filters", "filters") as PyList ?? throw Errors.New(TypeObjects.ValueError, "_warnings.filters must be a list");
        for (var i = 0; i < filters.Count; i++)
        {
            if (filters.Items[i] is not PyTuple { Items.Length: 5 } f)
            {
                throw Errors.ValueError($"_warnings.filters item {i} isn't a 5-tuple");
            }
            var ln = Ops.IndexValue(f.Items[4]);
            if (Matches(f.Items[1], PyStr.From(text)) && f.Items[2] is PyType c && category.IsSubtypeOf(c) && Matches(f.Items[3], module) && (ln == 0 || ln == lineno))
            {
                return (Ops.Str(f.Items[0]), f);
            }
        }
        return (Ops.Str(Setting("defaultaction", "_defaultaction") ?? PyStr.From("default")), PyNone.Instance);
    }

    /// <summary>check_matched: None matches everything, a str only itself, anything else by its match method.</summary>
    private static bool Matches(PyObject pattern, PyObject value) => pattern switch
    {
        PyNone => true,
        PyStr s => value is PyStr v && s.Value == v.Value,
        _ => Ops.IsTrue(Ops.Call(Ops.GetAttr(pattern, "match"), [value])),
    };

    /// <summary>call_show_warning: warnings._showwarnmsg when the module is loaded, else show_warning's text on sys.stderr.</summary>
    private static void Show(PyObject message, PyType category, PyObject filename, int lineno, PyObject source)
    {
        if (Importer.Modules.Get("warnings") is PyModule warnings && warnings.Dict.Get("_showwarnmsg") is { } show && warnings.Dict.Get("WarningMessage") is { } record)
        {
            var msg = Ops.Call(record, [message, category, filename, PyInt.From(lineno), PyNone.Instance, PyNone.Instance, source]);
            Ops.Call(show, [msg]);
            return;
        }
        var text = $"{Ops.Str(filename)}:{lineno}: {category.Name}: {Ops.Str(message)}\n";
        if (filename is PyStr path && File.Exists(path.Value) && lineno >= 1)
        {
            var lines = File.ReadAllLines(path.Value);
            if (lineno <= lines.Length)
            {
                text += $"  {lines[lineno - 1].Trim()}\n";
            }
        }
        if (IO.StandardStreams.CurrentStderr() is not PyNone and var stderr)
        {
            IO.IOBase.Call(stderr, "write", PyStr.From(text));
        }
    }
}
