using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>A compiled pattern (sre.c's PatternObject): the source, flags, SRE code and group names.</summary>
internal sealed class PyPattern(PyObject source, int flags, uint[] code, int groups, PyDict groupIndex, PyObject indexGroup) : PyObject, IWeaklyReferenceable
{
    public readonly PyObject Source = source;
    public readonly int Flags = flags;
    public readonly uint[] Code = code;
    public readonly int Groups = groups;
    public readonly PyDict GroupIndex = groupIndex;
    public readonly PyObject IndexGroup = indexGroup;

    /// <summary>0 str, 1 bytes, -1 unknown (compiled from None: either kind is accepted).</summary>
    public readonly int IsBytes = source is PyNone ? -1 : source is PyStr ? 0 : 1;

    public override PyType Type => SrePatternType.Type;
}

/// <summary>
/// re.Pattern (Modules/_sre/sre.c: pattern_match, pattern_search, pattern_findall, pattern_split,
/// pattern_subx, pattern_repr, pattern_richcompare...).
/// </summary>
internal static class SrePatternType
{
    public static readonly PyType Type = MakeType();

    private static readonly string[] FlagNames =
        ["re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"];

    private static PyType MakeType()
    {
        var t = new PyType("Pattern", [TypeObjects.Object], module: "re");
        Def.Method(t, "match", (a, k) => Match(a, k, "match", matchAll: false, search: false));
        Def.Method(t, "fullmatch", (a, k) => Match(a, k, "fullmatch", matchAll: true, search: false));
        Def.Method(t, "search", (a, k) => Match(a, k, "search", matchAll: false, search: true));
        Def.Method(t, "findall", FindAll);
        Def.Method(t, "finditer", FindIter);
        Def.Method(t, "scanner", Scanner);
        Def.Method(t, "split", Split);
        Def.Method(t, "sub", (a, k) => Sub(a, k, "sub", withCount: false));
        Def.Method(t, "subn", (a, k) => Sub(a, k, "subn", withCount: true));
        Def.Method(t, "__copy__", (a, _) => a[0]);
        Def.Method(t, "__deepcopy__", (a, _) => a[0]);
        Def.Slot(t, "__repr__", (a, _) => PyStr.From(Repr(Self(a))));
        Def.Slot(t, "__eq__", (a, _) => Equal(a[0], a[1]));
        Def.Slot(t, "__ne__", (a, _) => Equal(a[0], a[1]) is PyBool b ? PyBool.From(b.Value == 0) : PyNotImplemented.Instance);
        Def.Slot(t, "__hash__", (a, _) => PyInt.From(Hash(Self(a))));
        t.Dict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, _) => GenericAlias.Make(a[0], a[1])));
        Property(t, "pattern", p => p.Source);
        Property(t, "flags", p => PyInt.From(p.Flags));
        Property(t, "groups", p => PyInt.From(p.Groups));
        Property(t, "groupindex", p => p.GroupIndex.Copy());
        return t;
    }

    private static void Property(PyType t, string name, Func<PyPattern, PyObject> get) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, _) => get(Self(a))), null, null, PyNone.Instance);

    private static PyPattern Self(PyObject[] a) =>
        a.Length > 0 && a[0] is PyPattern p ? p : throw Errors.TypeError("descriptor requires a 're.Pattern' object");

    private static PyObject Required(PyObject[] a, PyDict? k, int i, string name, string function) =>
        Def.Arg(a, k, i, name) ?? throw Errors.TypeError($"{function}() missing required argument '{name}' (pos {i})");

    private static long IntArg(PyObject[] a, PyDict? k, int i, string name, long fallback) =>
        Def.Arg(a, k, i, name) is { } v ? Ops.IndexValue(v) : fallback;

    /// <summary>state_init: the subject checked against the pattern's kind, with pos/endpos clamped.</summary>
    public static SreState State(PyPattern p, PyObject subject, long pos, long endPos)
    {
        var text = SreText.From(subject);
        if (p.IsBytes == 0 && text.IsBytes)
        {
            throw Errors.TypeError("cannot use a string pattern on a bytes-like object");
        }
        if (p.IsBytes == 1 && !text.IsBytes)
        {
            throw Errors.TypeError("cannot use a bytes pattern on a string-like object");
        }
        return new SreState(text, pos, endPos);
    }

    private static SreState StateFromArgs(PyObject[] a, PyDict? k, string function) =>
        State(Self(a), Required(a, k, 1, "string", function), IntArg(a, k, 2, "pos", 0), IntArg(a, k, 3, "endpos", long.MaxValue));

    private static PyObject Match(PyObject[] a, PyDict? k, string function, bool matchAll, bool search)
    {
        var p = Self(a);
        var st = StateFromArgs(a, k, function);
        st.MatchAll = matchAll;
        var found = search ? st.Search(p.Code) : st.Match(p.Code);
        return found ? new PyMatch(p, st) : PyNone.Instance;
    }

    /// <summary>The next match of a left-to-right scan (findall, finditer, split, sub): an empty match may not repeat at the previous match's end.</summary>
    public static bool Next(SreState st, uint[] code)
    {
        if (st.Start > st.End)
        {
            return false;
        }
        st.Reset();
        st.Ptr = st.Start;
        return st.Search(code);
    }

    /// <summary>Continue after the match just found (must_advance: no empty match where the last one ended).</summary>
    public static void Advance(SreState st)
    {
        st.MustAdvance = st.Ptr == st.Start;
        st.Start = st.Ptr;
    }

    private static PyObject FindAll(PyObject[] a, PyDict? k)
    {
        var p = Self(a);
        var st = StateFromArgs(a, k, "findall");
        var result = new PyList();
        while (Next(st, p.Code))
        {
            PyObject item;
            if (p.Groups == 0)
            {
                item = st.Subject.Slice(st.Start, st.Ptr);
            }
            else if (p.Groups == 1)
            {
                item = st.GroupSlice(1, null);
            }
            else
            {
                var items = new PyObject[p.Groups];
                for (var i = 0; i < p.Groups; i++)
                {
                    items[i] = st.GroupSlice(i + 1, null);
                }
                item = new PyTuple(items);
            }
            result.Append(item);
            Advance(st);
        }
        return result;
    }

    private static PyObject Scanner(PyObject[] a, PyDict? k) => new PyScanner(Self(a), StateFromArgs(a, k, "scanner"));

    private static PyObject FindIter(PyObject[] a, PyDict? k)
    {
        var scanner = new PyScanner(Self(a), StateFromArgs(a, k, "finditer"));
        return new CallableIterator(Ops.GetAttr(scanner, "search"), PyNone.Instance);
    }

    private static PyObject Split(PyObject[] a, PyDict? k)
    {
        var p = Self(a);
        var st = State(p, Required(a, k, 1, "string", "split"), 0, long.MaxValue);
        var maxSplit = IntArg(a, k, 2, "maxsplit", 0);
        var result = new PyList();
        var last = st.Start;
        var n = 0L;
        while ((maxSplit == 0 || n < maxSplit) && Next(st, p.Code))
        {
            result.Append(st.Subject.Slice(last, st.Start));
            for (var i = 0; i < p.Groups; i++)
            {
                result.Append(st.GroupSlice(i + 1, PyNone.Instance));
            }
            n++;
            Advance(st);
            last = st.Start;
        }
        result.Append(st.Subject.Slice(last, st.EndPos));
        return result;
    }

    /// <summary>pattern_subx: a callable replacement gets each match; a template with backslashes goes through re._subx.</summary>
    private static PyObject Sub(PyObject[] a, PyDict? k, string function, bool withCount)
    {
        var p = Self(a);
        var repl = Required(a, k, 1, "repl", function);
        var subject = Required(a, k, 2, "string", function);
        var count = IntArg(a, k, 3, "count", 0);
        PyObject filter = repl;
        var callable = Callable(repl);
        if (!callable && !IsLiteralTemplate(repl))
        {
            var re = ImportSystem.ImportAbsolute("re");
            filter = Ops.Call(Ops.GetAttr(re, "_subx"), [p, repl]);
            callable = Callable(filter);
        }
        var st = State(p, subject, 0, long.MaxValue);
        var pieces = new List<PyObject>();
        var i = 0;
        var n = 0L;
        while ((count == 0 || n < count) && Next(st, p.Code))
        {
            if (i < st.Start)
            {
                pieces.Add(st.Subject.Slice(i, st.Start));
            }
            var item = callable ? Ops.Call(filter, [new PyMatch(p, st)]) : filter;
            if (item is not PyNone)
            {
                pieces.Add(item);
            }
            i = st.Ptr;
            n++;
            Advance(st);
        }
        if (i < st.EndPos)
        {
            pieces.Add(st.Subject.Slice(i, st.EndPos));
        }
        var joined = Join(st.Subject, pieces);
        return withCount ? PyTuple.Of(joined, PyInt.From(n)) : joined;
    }

    private static bool Callable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyMethod or PyType || o.Type.Lookup("__call__") is not null;

    /// <summary>A replacement string without a backslash is used as it is.</summary>
    private static bool IsLiteralTemplate(PyObject repl) => repl is PyStr s
        ? !s.Value.Contains('\\')
        : BytesMethods.BytesLike(repl) is { } b && Array.IndexOf(b, (byte)'\\') < 0;

    /// <summary>The pieces joined as the subject's kind (str.join or bytes.join semantics and messages).</summary>
    private static PyObject Join(SreText subject, List<PyObject> pieces)
    {
        if (!subject.IsBytes)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < pieces.Count; i++)
            {
                sb.Append(pieces[i] is PyStr s ? s.Value : throw Errors.TypeError($"sequence item {i}: expected str instance, {pieces[i].Type.Name} found"));
            }
            return PyStr.From(sb.ToString());
        }
        var bytes = new List<byte>();
        for (var i = 0; i < pieces.Count; i++)
        {
            bytes.AddRange(pieces[i] switch
            {
                PyBytes b => b.Value,
                PyByteArray ba => ba.ToArray(),
                PyMemoryView mv => mv.ToArray(),
                _ => throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {pieces[i].Type.Name} found"),
            });
        }
        return new PyBytes(bytes.ToArray());
    }

    /// <summary>pattern_repr: re.compile(source[, flags]) with the source's repr cut at 200 characters.</summary>
    private static string Repr(PyPattern p)
    {
        var source = Ops.Repr(p.Source);
        if (source.Length > 200)
        {
            source = source[..200];
        }
        var flags = p.Flags;
        // UNICODE is implied for str patterns and not shown.
        if (p.Source is PyStr && (flags & (4 | 32 | 256)) == 32)
        {
            flags &= ~32;
        }
        if (flags == 0)
        {
            return $"re.compile({source})";
        }
        var names = new List<string>();
        for (var bit = 0; bit < FlagNames.Length; bit++)
        {
            if ((flags & (1 << bit)) != 0)
            {
                names.Add(FlagNames[bit]);
                flags &= ~(1 << bit);
            }
        }
        if (flags != 0)
        {
            names.Add($"0x{flags:x}");
        }
        return $"re.compile({source}, {string.Join("|", names)})";
    }

    private static PyObject Equal(PyObject a, PyObject b)
    {
        if (a is not PyPattern x || b is not PyPattern y)
        {
            return PyNotImplemented.Instance;
        }
        return PyBool.From(ReferenceEquals(x, y)
            || (x.Flags == y.Flags && x.IsBytes == y.IsBytes && x.Code.AsSpan().SequenceEqual(y.Code) && Ops.Eq(x.Source, y.Source)));
    }

    private static long Hash(PyPattern p)
    {
        var h = Ops.Hash(p.Source);
        foreach (var c in p.Code)
        {
            h = (h * 1000003) ^ c;
        }
        h ^= p.Flags ^ p.IsBytes ^ p.Code.Length;
        return h == -1 ? -2 : h;
    }
}
