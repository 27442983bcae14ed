using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Compiler;

/// <summary>
/// The match statement (PEP 634; CPython's compile.c compiler_match). Every pattern is compiled
/// with one contract: the value it tests is on top of the stack; it is consumed on both exits,
/// success falling through and failure jumping to the given label. Capture names are bound as
/// the pattern proceeds (PEP 634 leaves bindings of a failed case unspecified; CPython binds
/// them only on success, so a program reading a capture of a failed case may differ).
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileMatch(Match node)
    {
        CompileExpr(node.Subject);
        var subjectDepth = _depth;
        var end = NewLabel();
        foreach (var c in node.Cases)
        {
            var next = NewLabel();
            Emit(Opcode.DupTop);
            CompilePattern(c.Pattern, next);
            if (c.Guard is not null)
            {
                CompileJumpIf(c.Guard, false, next);
            }
            Emit(Opcode.PopTop);
            CompileStmts(c.Body);
            Emit(Opcode.Jump, end);
            Mark(next);
            _depth = subjectDepth;
        }
        Emit(Opcode.PopTop);
        Mark(end);
    }

    private void CompilePattern(PatternNode pattern, int fail)
    {
        var depth = _depth;
        switch (pattern)
        {
            case MatchValue v:
                CompileExpr(v.Value);
                Emit(Opcode.CompareOp, (int)CompareOperator.Eq);
                Emit(Opcode.PopJumpIfFalse, fail);
                break;
            case MatchSingleton s:
                LoadConst(s.Value switch
                {
                    null => PyNone.Instance,
                    true => PyBool.True,
                    _ => PyBool.False,
                });
                Emit(Opcode.IsOp, 0);
                Emit(Opcode.PopJumpIfFalse, fail);
                break;
            case MatchAs a:
                CompileMatchAs(a, fail);
                break;
            case MatchOr o:
                CompileMatchOr(o, fail);
                break;
            case MatchSequence s:
                CompileMatchSequence(s, fail);
                break;
            case MatchMapping m:
                CompileMatchMapping(m, fail);
                break;
            case MatchClass c:
                CompileMatchClass(c, fail);
                break;
            default:
                throw Unsupported(pattern.TypeName);
        }
        _depth = depth - 1;
    }

    private void CompileMatchAs(MatchAs a, int fail)
    {
        if (a.Pattern is null)
        {
            if (a.Name is null)
            {
                Emit(Opcode.PopTop);
            }
            else
            {
                StoreName(a.Name);
            }
            return;
        }
        if (a.Name is null)
        {
            CompilePattern(a.Pattern, fail);
            return;
        }
        Emit(Opcode.DupTop);
        CompileSubpattern(a.Pattern, fail, 1);
        StoreName(a.Name);
    }

    private void CompileMatchOr(MatchOr o, int fail)
    {
        var depth = _depth;
        var matched = NewLabel();
        foreach (var alternative in o.Patterns)
        {
            var next = NewLabel();
            Emit(Opcode.DupTop);
            CompilePattern(alternative, next);
            Emit(Opcode.PopTop);
            Emit(Opcode.Jump, matched);
            Mark(next);
            _depth = depth;
        }
        Emit(Opcode.PopTop);
        Emit(Opcode.Jump, fail);
        Mark(matched);
    }

    /// <summary>
    /// A sub-pattern tested while <paramref name="extra"/> more values sit under its value on the
    /// stack: its failure pops them before jumping to <paramref name="fail"/>.
    /// </summary>
    private void CompileSubpattern(PatternNode pattern, int fail, int extra)
    {
        var depth = _depth;
        var subFail = NewLabel();
        var ok = NewLabel();
        CompilePattern(pattern, subFail);
        Emit(Opcode.Jump, ok);
        Mark(subFail);
        for (var i = 0; i < extra; i++)
        {
            Emit(Opcode.PopTop);
        }
        Emit(Opcode.Jump, fail);
        Mark(ok);
        _depth = depth - 1;
    }

    /// <summary>Jumps to <paramref name="fail"/> popping <paramref name="extra"/> values when the popped test is false.</summary>
    private void FailUnless(int fail, int extra)
    {
        var ok = NewLabel();
        Emit(Opcode.PopJumpIfTrue, ok);
        var depth = _depth;
        for (var i = 0; i < extra; i++)
        {
            Emit(Opcode.PopTop);
        }
        Emit(Opcode.Jump, fail);
        Mark(ok);
        _depth = depth;
    }

    private void CompileMatchSequence(MatchSequence s, int fail)
    {
        var n = s.Patterns.Count;
        var star = -1;
        for (var i = 0; i < n; i++)
        {
            if (s.Patterns[i] is MatchStar)
            {
                star = i;
            }
        }
        Emit(Opcode.DupTop);
        Emit(Opcode.MatchSequence);
        FailUnless(fail, 1);
        Emit(Opcode.DupTop);
        Emit(Opcode.GetLen);
        LoadConst(PyInt.From(star < 0 ? n : n - 1));
        Emit(Opcode.CompareOp, (int)(star < 0 ? CompareOperator.Eq : CompareOperator.GtE));
        FailUnless(fail, 1);
        for (var i = 0; i < n; i++)
        {
            var sub = s.Patterns[i];
            if (sub is MatchStar st)
            {
                if (st.Name is not null)
                {
                    // subject[i:len-after] as a list.
                    var after = n - 1 - i;
                    Emit(Opcode.DupTop);
                    LoadConst(new PySlice(PyInt.From(i), after == 0 ? PyNone.Instance : PyInt.From(-after), PyNone.Instance));
                    Emit(Opcode.BinarySubscr);
                    Emit(Opcode.BuildList, 0);
                    Emit(Opcode.RotTwo);
                    Emit(Opcode.ListExtend, 1);
                    StoreName(st.Name);
                }
                continue;
            }
            if (sub is MatchAs { Pattern: null, Name: null })
            {
                continue;
            }
            Emit(Opcode.DupTop);
            LoadConst(PyInt.From(star < 0 || i < star ? i : i - n));
            Emit(Opcode.BinarySubscr);
            CompileSubpattern(sub, fail, 1);
        }
        Emit(Opcode.PopTop);
    }

    private void CompileMatchMapping(MatchMapping m, int fail)
    {
        Emit(Opcode.DupTop);
        Emit(Opcode.MatchMapping);
        FailUnless(fail, 1);
        var n = m.Keys.Count;
        if (n > 0)
        {
            Emit(Opcode.DupTop);
            foreach (var key in m.Keys)
            {
                CompileExpr(key);
            }
            Emit(Opcode.BuildTuple, n);
            Emit(Opcode.MatchKeys);
            Emit(Opcode.DupTop);
            LoadConst(PyNone.Instance);
            Emit(Opcode.IsOp, 1);
            FailUnless(fail, 2);
            for (var i = 0; i < n; i++)
            {
                Emit(Opcode.DupTop);
                LoadConst(PyInt.From(i));
                Emit(Opcode.BinarySubscr);
                CompileSubpattern(m.Patterns[i], fail, 2);
            }
            Emit(Opcode.PopTop);
        }
        if (m.Rest is not null)
        {
            Emit(Opcode.DupTop);
            foreach (var key in m.Keys)
            {
                CompileExpr(key);
            }
            Emit(Opcode.BuildTuple, n);
            Emit(Opcode.CopyDictWithoutKeys);
            StoreName(m.Rest);
        }
        Emit(Opcode.PopTop);
    }

    private void CompileMatchClass(MatchClass c, int fail)
    {
        Emit(Opcode.DupTop);
        CompileExpr(c.Cls);
        var names = new PyObject[c.KwdAttrs.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = PyStr.From(c.KwdAttrs[i]);
        }
        LoadConst(PyTuple.Of(names));
        Emit(Opcode.MatchClass, c.Patterns.Count);
        Emit(Opcode.DupTop);
        LoadConst(PyNone.Instance);
        Emit(Opcode.IsOp, 1);
        FailUnless(fail, 2);
        var all = new List<PatternNode>(c.Patterns);
        all.AddRange(c.KwdPatterns);
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] is MatchAs { Pattern: null, Name: null })
            {
                continue;
            }
            Emit(Opcode.DupTop);
            LoadConst(PyInt.From(i));
            Emit(Opcode.BinarySubscr);
            CompileSubpattern(all[i], fail, 2);
        }
        Emit(Opcode.PopTop);
        Emit(Opcode.PopTop);
    }
}
