using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>
/// _sre (Modules/_sre/sre.c): compile() turns the code re/_compiler.py emits into a Pattern; the
/// case helpers the compiler asks about literals; the constants it checks (MAGIC, CODESIZE,
/// MAXREPEAT, MAXGROUPS).
/// </summary>
public static class SreModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_sre");
        var d = m.Dict;
        d.Set("MAGIC", PyInt.From(SreOp.Magic));
        d.Set("CODESIZE", PyInt.From(4));
        d.Set("MAXREPEAT", PyInt.From(SreOp.MaxRepeat));
        d.Set("MAXGROUPS", PyInt.From(SreOp.MaxGroups));
        d.Set("copyright", PyStr.From(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        Def.Function(d, "compile", Compile);
        Def.Function(d, "getcodesize", (_, _) => PyInt.From(4));
        Def.Function(d, "ascii_iscased", (a, _) => PyBool.From(SreChars.IsAsciiCased(Character(a))));
        Def.Function(d, "unicode_iscased", (a, _) => PyBool.From(SreChars.IsUnicodeCased(Character(a))));
        Def.Function(d, "ascii_tolower", (a, _) => PyInt.From(SreChars.LowerAscii(Character(a))));
        Def.Function(d, "unicode_tolower", (a, _) => PyInt.From(SreChars.LowerUnicode(Character(a))));
        return m;
    }

    private static int Character(PyObject[] a)
    {
        if (a.Length != 1)
        {
            throw Errors.TypeError($"expected 1 argument, got {a.Length}");
        }
        return (int)Ops.IndexValue(a[0]);
    }

    /// <summary>_sre.compile(pattern, flags, code, groups, groupindex, indexgroup).</summary>
    private static PyObject Compile(PyObject[] a, PyDict? k)
    {
        string[] names = ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"];
        var args = new PyObject[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            args[i] = Def.Arg(a, k, i, names[i]) ?? throw Errors.TypeError($"compile() missing required argument '{names[i]}' (pos {i + 1})");
        }
        if (args[2] is not PyList list)
        {
            throw Errors.TypeError($"compile() argument 'code' must be list, not {args[2].Type.Name}");
        }
        var code = new uint[list.Count];
        for (var i = 0; i < code.Length; i++)
        {
            var v = Ops.ToBig(list.Items[i]);
            if (v < 0 || v > uint.MaxValue)
            {
                throw Errors.OverflowError("regular expression code size limit exceeded");
            }
            code[i] = (uint)v;
        }
        if (args[4] is not PyDict groupIndex)
        {
            throw Errors.TypeError($"compile() argument 'groupindex' must be dict, not {args[4].Type.Name}");
        }
        return new PyPattern(args[0], (int)Ops.IndexValue(args[1]), code, (int)Ops.IndexValue(args[3]), groupIndex, args[5]);
    }
}
