using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>A match (sre.c's MatchObject): the spans of every group, copied out of the state that found it.</summary>
internal sealed class PyMatch : PyObject
{
    public readonly PyPattern Pattern;
    public readonly SreText Subject;
    public readonly int Pos;
    public readonly int EndPos;
    public readonly int LastIndex;

    /// <summary>Start and end of group i at 2i and 2i+1; -1 when the group did not take part.</summary>
    public readonly int[] Spans;

    /// <summary>pattern_new_match: group 0 is [Start, Ptr); a group counts only if both of its marks were set.</summary>
    public PyMatch(PyPattern pattern, SreState st)
    {
        Pattern = pattern;
        Subject = st.Subject;
        Pos = st.Pos;
        EndPos = st.EndPos;
        LastIndex = st.LastIndex;
        Spans = new int[2 * (pattern.Groups + 1)];
        Spans[0] = st.Start;
        Spans[1] = st.Ptr;
        for (int i = 0, j = 0; i < pattern.Groups; i++, j += 2)
        {
            var matched = j + 1 <= st.LastMark && st.Marks[j] >= 0 && st.Marks[j + 1] >= 0;
            Spans[j + 2] = matched ? st.Marks[j] : -1;
            Spans[j + 3] = matched ? st.Marks[j + 1] : -1;
            if (matched && Spans[j + 2] > Spans[j + 3])
            {
                throw Errors.New(TypeObjects.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
            }
        }
    }

    public override PyType Type => SreMatchType.Type;

    public PyObject Group(int i, PyObject fallback) =>
        Spans[2 * i] < 0 ? fallback : Subject.Slice(Spans[2 * i], Spans[(2 * i) + 1]);
}

/// <summary>re.Match (Modules/_sre/sre.c: match_group, match_groups, match_groupdict, match_span, match_repr...).</summary>
internal static class SreMatchType
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("Match", [TypeObjects.Object], module: "re");
        Def.Method(t, "group", Group);
        Def.Method(t, "groups", (a, k) => Groups(Self(a), Def.Arg(a, k, 1, "default") ?? PyNone.Instance));
        Def.Method(t, "groupdict", (a, k) => GroupDict(Self(a), Def.Arg(a, k, 1, "default") ?? PyNone.Instance));
        Def.Method(t, "start", (a, _) => PyInt.From(Span(a).Start));
        Def.Method(t, "end", (a, _) => PyInt.From(Span(a).End));
        Def.Method(t, "span", (a, _) => SpanTuple(Span(a)));
        Def.Method(t, "expand", Expand);
        Def.Method(t, "__copy__", (a, _) => a[0]);
        Def.Method(t, "__deepcopy__", (a, _) => a[0]);
        Def.Slot(t, "__getitem__", (a, _) => Self(a).Group(Index(Self(a), a[1]), PyNone.Instance));
        Def.Slot(t, "__repr__", (a, _) => PyStr.From(Repr(Self(a))));
        t.Dict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, _) => GenericAlias.Make(a[0], a[1])));
        Property(t, "string", m => m.Subject.Original);
        Property(t, "re", m => m.Pattern);
        Property(t, "pos", m => PyInt.From(m.Pos));
        Property(t, "endpos", m => PyInt.From(m.EndPos));
        Property(t, "lastindex", m => m.LastIndex >= 0 ? PyInt.From(m.LastIndex) : PyNone.Instance);
        Property(t, "lastgroup", LastGroup);
        Property(t, "regs", Regs);
        return t;
    }

    private static void Property(PyType t, string name, Func<PyMatch, PyObject> get) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, _) => get(Self(a))), null, null, PyNone.Instance);

    private static PyMatch Self(PyObject[] a) =>
        a.Length > 0 && a[0] is PyMatch m ? m : throw Errors.TypeError("descriptor requires a 're.Match' object");

    /// <summary>match_getindex: an integer, or a group name looked up in the pattern's groupindex.</summary>
    private static int Index(PyMatch m, PyObject key)
    {
        long i = -1;
        if (Ops.IsInt(key) || (key is not PyStr && key.Type.Lookup("__index__") is not null))
        {
            i = key is PyLong ? -1 : Ops.IndexValue(key);
        }
        else if (m.Pattern.GroupIndex.Count > 0 && m.Pattern.GroupIndex.Get(key) is PyInt named)
        {
            i = named.Value;
        }
        if (i < 0 || i > m.Pattern.Groups)
        {
            throw Errors.IndexError("no such group");
        }
        return (int)i;
    }

    private static PyObject Group(PyObject[] a, PyDict? k)
    {
        var m = Self(a);
        if (a.Length <= 2)
        {
            return m.Group(a.Length == 1 ? 0 : Index(m, a[1]), PyNone.Instance);
        }
        var items = new PyObject[a.Length - 1];
        for (var i = 1; i < a.Length; i++)
        {
            items[i - 1] = m.Group(Index(m, a[i]), PyNone.Instance);
        }
        return new PyTuple(items);
    }

    private static PyObject Groups(PyMatch m, PyObject fallback)
    {
        var items = new PyObject[m.Pattern.Groups];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = m.Group(i + 1, fallback);
        }
        return new PyTuple(items);
    }

    private static PyObject GroupDict(PyMatch m, PyObject fallback)
    {
        var result = new PyDict();
        var names = m.Pattern.GroupIndex;
        foreach (var name in names.Keys())
        {
            result.Set(name, m.Group(Index(m, name), fallback));
        }
        return result;
    }

    private static (int Start, int End) Span(PyObject[] a)
    {
        var m = Self(a);
        var i = a.Length > 1 ? Index(m, a[1]) : 0;
        return (m.Spans[2 * i], m.Spans[(2 * i) + 1]);
    }

    private static PyObject SpanTuple((int Start, int End) span) => PyTuple.Of(PyInt.From(span.Start), PyInt.From(span.End));

    private static PyObject Regs(PyMatch m)
    {
        var items = new PyObject[m.Pattern.Groups + 1];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = SpanTuple((m.Spans[2 * i], m.Spans[(2 * i) + 1]));
        }
        return new PyTuple(items);
    }

    private static PyObject LastGroup(PyMatch m)
    {
        if (m.LastIndex < 0 || m.Pattern.IndexGroup is not PyTuple names || m.LastIndex >= names.Items.Length)
        {
            return PyNone.Instance;
        }
        return names.Items[m.LastIndex];
    }

    /// <summary>match_expand: the template is expanded by re._expand (Lib/re/__init__.py).</summary>
    private static PyObject Expand(PyObject[] a, PyDict? k)
    {
        var m = Self(a);
        var template = Def.Arg(a, k, 1, "template") ?? throw Errors.TypeError("expand() missing required argument 'template' (pos 1)");
        var re = ImportSystem.ImportAbsolute("re");
        return Ops.Call(Ops.GetAttr(re, "_expand"), [m.Pattern, m, template]);
    }

    private static string Repr(PyMatch m) =>
        $"<re.Match object; span=({m.Spans[0]}, {m.Spans[1]}), match={Ops.Repr(m.Group(0, PyNone.Instance))}>";
}
