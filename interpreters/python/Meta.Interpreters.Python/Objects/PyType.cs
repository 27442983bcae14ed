namespace Meta.Interpreters.Python.Objects;

/// <summary>Native constructor of a builtin type: called with the (sub)type and the call's arguments.</summary>
public delegate PyObject NativeNew(PyType type, PyObject[] args, PyDict? kwargs);

/// <summary>
/// A class. Attribute lookup walks the C3 MRO; results are cached per type and the cache is
/// dropped whenever the type or one of its bases changes, which bumps <see cref="VersionTag"/>
/// (CPython's tp_version_tag, PyPy's quasi-immutable version of W_TypeObject): compiled code
/// promotes the version and folds lookups.
/// </summary>
public sealed class PyType : PyObject
{
    private const int RecentSize = 16;

    private readonly Dictionary<string, PyObject?> _cache = new(StringComparer.Ordinal);

    // The last lookups by the identity of the name string, in front of _cache: attribute names
    // come from code objects and literals, the same string instance each time, so this skips
    // hashing and comparing the name's characters.
    private readonly string?[] _recentNames = new string?[RecentSize];
    private readonly PyObject?[] _recentValues = new PyObject?[RecentSize];
    private readonly List<PyType> _subclasses = [];

    /// <summary>The classes that name this one as a base, oldest first (type.__subclasses__).</summary>
    public IReadOnlyList<PyType> Subclasses => _subclasses;

    public PyType(string name, PyType[] bases, Dictionary<string, PyObject>? dict = null, string module = "builtins")
    {
        Name = name;
        QualName = name;
        Module = module;
        Bases = bases;
        Dict = dict ?? new Dictionary<string, PyObject>(StringComparer.Ordinal);
        Mro = bases.Length == 0 ? [this] : ComputeMro(this, bases);
        foreach (var b in bases)
        {
            b._subclasses.Add(this);
        }
        IsException = bases.Length > 0 && Mro.Any(t => t.Name == "BaseException" && t.Module == "builtins");
        // The instance layout comes from the solid base: any exception base wins over object.
        NativeNew = bases.Length == 0 ? null : IsException ? Mro.First(t => t.Name == "BaseException").NativeNew : bases[0].NativeNew;
    }

    /// <summary>The class of this class: a subclass of type given by <c>metaclass=</c> or inherited from a base; null means type.</summary>
    public PyType? Metaclass { get; set; }

    public override PyType Type => Metaclass ?? TypeObjects.TypeType;

    public string Name { get; set; }

    public string QualName { get; set; }

    public string Module { get; }

    public PyType[] Bases { get; }

    public PyType[] Mro { get; }

    public Dictionary<string, PyObject> Dict { get; }

    /// <summary>The native constructor of the nearest builtin base (object's makes a <see cref="PyInstance"/>).</summary>
    public NativeNew? NativeNew { get; set; }

    /// <summary>
    /// Runs <see cref="NativeNew"/> for this type. Native constructors are C# delegates, which
    /// traces cannot look inside: this is a residual call, as <see cref="PyBuiltinFunction.Invoke"/> is.
    /// </summary>
    [Meta.Jit.DontLookInside]
    public PyObject CallNativeNew(PyObject[] args, PyDict? kwargs) => NativeNew!(this, args, kwargs);

    public bool IsException { get; }

    /// <summary>A builtin layout whose instances carry a __dict__ (tp_dictoffset set), as exceptions' and SimpleNamespace's do.</summary>
    public bool InstancesHaveDict { get; init; }

    /// <summary>True for types defined by a class statement (their __dict__ may change).</summary>
    public bool IsHeapType { get; set; }

    public Map EmptyMap { get; } = new();

    [Meta.Jit.QuasiImmutable]
    public object VersionTag = new();

    public string FullName => Module == "builtins" ? Name : Module + "." + QualName;

    [Meta.Jit.DontLookInside]
    public PyObject? Lookup(string name)
    {
        var slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(name) & (RecentSize - 1);
        if (ReferenceEquals(_recentNames[slot], name))
        {
            return _recentValues[slot];
        }
        if (!_cache.TryGetValue(name, out var cached))
        {
            cached = LookupMro(name);
            _cache[name] = cached;
        }
        _recentNames[slot] = name;
        _recentValues[slot] = cached;
        return cached;
    }

    private PyObject? LookupMro(string name)
    {
        PyObject? found = null;
        foreach (var t in Mro)
        {
            if (t.Dict.TryGetValue(name, out var v))
            {
                found = v;
                break;
            }
        }
        return found;
    }

    public void SetAttribute(string name, PyObject value)
    {
        Dict[name] = value;
        Changed();
    }

    public bool DeleteAttribute(string name)
    {
        var removed = Dict.Remove(name);
        Changed();
        return removed;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }
        return false;
    }

    private void Changed()
    {
        _cache.Clear();
        Array.Clear(_recentNames);
        Array.Clear(_recentValues);
        VersionTag = new object();
        foreach (var s in _subclasses)
        {
            s.Changed();
        }
    }

    /// <summary>C3 linearization (Python 2.3's MRO paper; CPython's mro_implementation).</summary>
    private static PyType[] ComputeMro(PyType self, PyType[] bases)
    {
        var sequences = new List<List<PyType>>();
        foreach (var b in bases)
        {
            sequences.Add([.. b.Mro]);
        }
        sequences.Add([.. bases]);
        var result = new List<PyType> { self };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0)
            {
                return [.. result];
            }
            PyType? candidate = null;
            foreach (var s in sequences)
            {
                var head = s[0];
                if (!sequences.Any(other => other.IndexOf(head) > 0))
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate is null)
            {
                // set_mro_error: the heads still waiting to be merged, each named once.
                var names = string.Join(", ", sequences.Select(s => s[0].Name).Distinct());
                throw Errors.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var s in sequences)
            {
                if (s[0] == candidate)
                {
                    s.RemoveAt(0);
                }
            }
        }
    }
}
