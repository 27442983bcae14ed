using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>A scanner (sre.c's ScannerObject): successive matches over one state; finditer iterates its search.</summary>
internal sealed class PyScanner(PyPattern pattern, SreState state) : PyObject
{
    public readonly PyPattern Pattern = pattern;
    public readonly SreState State = state;
    public bool Exhausted;

    public override PyType Type => SreScannerType.Type;
}

/// <summary>_sre.SRE_Scanner: match() and search() continue where the previous match ended.</summary>
internal static class SreScannerType
{
    public static readonly PyType Type = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("SRE_Scanner", [TypeObjects.Object], module: "_sre");
        Def.Method(t, "match", (a, _) => Step(Self(a), search: false));
        Def.Method(t, "search", (a, _) => Step(Self(a), search: true));
        t.Dict["pattern"] = new PyProperty(new PyBuiltinFunction("pattern", (a, _) => Self(a).Pattern), null, null, PyNone.Instance);
        return t;
    }

    private static PyScanner Self(PyObject[] a) =>
        a.Length > 0 && a[0] is PyScanner s ? s : throw Errors.TypeError("descriptor requires a '_sre.SRE_Scanner' object");

    /// <summary>scanner_match/scanner_search: after a failure the scanner stays exhausted.</summary>
    private static PyObject Step(PyScanner scanner, bool search)
    {
        var st = scanner.State;
        if (scanner.Exhausted || st.Start > st.End)
        {
            return PyNone.Instance;
        }
        st.Reset();
        st.Ptr = st.Start;
        var found = search ? st.Search(scanner.Pattern.Code) : st.Match(scanner.Pattern.Code);
        if (!found)
        {
            scanner.Exhausted = true;
            return PyNone.Instance;
        }
        var match = new PyMatch(scanner.Pattern, st);
        SrePatternType.Advance(st);
        return match;
    }
}
