using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Compiler;

public sealed partial class CodeGenerator
{
    private void CompileExpr(ExprNode expr)
    {
        var savedLine = _line;
        if (expr.Lineno > 0)
        {
            _line = expr.Lineno;
        }
        switch (expr)
        {
            case Constant c:
                LoadConst(ConstantToObject(c.Value));
                break;
            case Name n:
                LoadName(n.Id);
                break;
            case BinOp b:
                CompileExpr(b.Left);
                CompileExpr(b.Right);
                _line = expr.Lineno;
                Emit(Opcode.BinaryOp, (int)b.Op);
                break;
            case UnaryOp u:
                CompileExpr(u.Operand);
                Emit(u.Op switch
                {
                    UnaryOperator.Not => Opcode.UnaryNot,
                    UnaryOperator.USub => Opcode.UnaryNegative,
                    UnaryOperator.UAdd => Opcode.UnaryPositive,
                    _ => Opcode.UnaryInvert,
                });
                break;
            case BoolOp b:
                var end = NewLabel();
                for (var i = 0; i < b.Values.Count; i++)
                {
                    CompileExpr(b.Values[i]);
                    if (i < b.Values.Count - 1)
                    {
                        Emit(b.Op == BoolOperator.And ? Opcode.JumpIfFalseOrPop : Opcode.JumpIfTrueOrPop, end);
                    }
                }
                Mark(end);
                break;
            case Compare c:
                CompileCompare(c);
                break;
            case Call c:
                CompileCall(c);
                break;
            case Ast.Attribute a:
                CompileExpr(a.Value);
                _line = expr.Lineno;
                Emit(Opcode.LoadAttr, AddName(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileExpr(s.Slice);
                _line = expr.Lineno;
                Emit(Opcode.BinarySubscr);
                break;
            case Slice sl:
                CompileOptional(sl.Lower);
                CompileOptional(sl.Upper);
                if (sl.Step is not null)
                {
                    CompileExpr(sl.Step);
                    Emit(Opcode.BuildSlice, 3);
                }
                else
                {
                    Emit(Opcode.BuildSlice, 2);
                }
                break;
            case Ast.Tuple t:
                CompileSequence(t.Elts, Opcode.BuildTuple);
                break;
            case Ast.List l:
                CompileSequence(l.Elts, Opcode.BuildList);
                break;
            case Set st:
                CompileSequence(st.Elts, Opcode.BuildSet);
                break;
            case Dict d:
                CompileDict(d);
                break;
            case IfExp ie:
                var orElse = NewLabel();
                var done = NewLabel();
                CompileJumpIf(ie.Test, false, orElse);
                CompileExpr(ie.Body);
                Emit(Opcode.Jump, done);
                Mark(orElse);
                _depth--;
                CompileExpr(ie.OrElse);
                Mark(done);
                break;
            case Lambda lam:
                CompileFunction(lam, "<lambda>", lam.Args, null, lam.Body);
                break;
            case ListComp or SetComp or DictComp or GeneratorExp:
                CompileComprehension(expr);
                break;
            case JoinedStr j:
                foreach (var v in j.Values)
                {
                    CompileExpr(v);
                }
                if (j.Values.Count != 1 || j.Values[0] is not FormattedValue)
                {
                    Emit(Opcode.BuildString, j.Values.Count);
                }
                break;
            case FormattedValue f:
                CompileExpr(f.Value);
                var flags = f.Conversion < 0 ? 0 : f.Conversion;
                if (f.FormatSpec is not null)
                {
                    CompileExpr(f.FormatSpec);
                    flags |= 0x100;
                }
                Emit(Opcode.FormatValue, flags);
                break;
            case NamedExpr ne:
                CompileExpr(ne.Value);
                Emit(Opcode.DupTop);
                CompileStore(ne.Target);
                break;
            case Yield y:
                CompileOptional(y.Value);
                Emit(Opcode.YieldValue);
                break;
            case YieldFrom yf:
                CompileExpr(yf.Value);
                Emit(Opcode.GetYieldFromIter);
                LoadConst(PyNone.Instance);
                Emit(Opcode.YieldFrom);
                break;
            case Await aw:
                CompileExpr(aw.Value);
                Emit(Opcode.GetAwaitable);
                LoadConst(PyNone.Instance);
                Emit(Opcode.YieldFrom);
                break;
            case Starred:
                throw Unsupported("starred expression here");
            default:
                throw Unsupported(expr.TypeName);
        }
        _line = savedLine;
    }

    private void CompileOptional(ExprNode? expr)
    {
        if (expr is null)
        {
            LoadConst(PyNone.Instance);
        }
        else
        {
            CompileExpr(expr);
        }
    }

    private void CompileCompare(Compare c)
    {
        CompileExpr(c.Left);
        if (c.Ops.Count == 1)
        {
            CompileExpr(c.Comparators[0]);
            EmitCompare(c.Ops[0]);
            return;
        }
        var cleanup = NewLabel();
        var end = NewLabel();
        for (var i = 0; i < c.Ops.Count - 1; i++)
        {
            CompileExpr(c.Comparators[i]);
            Emit(Opcode.DupTop);
            Emit(Opcode.RotThree);
            EmitCompare(c.Ops[i]);
            Emit(Opcode.JumpIfFalseOrPop, cleanup);
        }
        CompileExpr(c.Comparators[^1]);
        EmitCompare(c.Ops[^1]);
        Emit(Opcode.Jump, end);
        Mark(cleanup);
        Emit(Opcode.RotTwo);
        Emit(Opcode.PopTop);
        Mark(end);
    }

    private void EmitCompare(CompareOperator op)
    {
        switch (op)
        {
            case CompareOperator.Is:
                Emit(Opcode.IsOp, 0);
                break;
            case CompareOperator.IsNot:
                Emit(Opcode.IsOp, 1);
                break;
            case CompareOperator.In:
                Emit(Opcode.ContainsOp, 0);
                break;
            case CompareOperator.NotIn:
                Emit(Opcode.ContainsOp, 1);
                break;
            default:
                Emit(Opcode.CompareOp, (int)op);
                break;
        }
    }

    private void CompileSequence(IReadOnlyList<ExprNode> elts, Opcode build)
    {
        if (!elts.Any(e => e is Starred))
        {
            foreach (var e in elts)
            {
                CompileExpr(e);
            }
            Emit(build, elts.Count);
            return;
        }
        Emit(build == Opcode.BuildSet ? Opcode.BuildSet : Opcode.BuildList, 0);
        foreach (var e in elts)
        {
            if (e is Starred s)
            {
                CompileExpr(s.Value);
                Emit(build == Opcode.BuildSet ? Opcode.SetUpdate : Opcode.ListExtend, 1);
            }
            else
            {
                CompileExpr(e);
                Emit(build == Opcode.BuildSet ? Opcode.SetAdd : Opcode.ListAppend, 1);
            }
        }
        if (build == Opcode.BuildTuple)
        {
            Emit(Opcode.ListToTuple);
        }
    }

    private void CompileDict(Dict d)
    {
        if (d.Keys.All(k => k is not null) && d.Keys.Count < 64)
        {
            for (var i = 0; i < d.Keys.Count; i++)
            {
                CompileExpr(d.Keys[i]!);
                CompileExpr(d.Values[i]);
            }
            Emit(Opcode.BuildMap, d.Keys.Count);
            return;
        }
        Emit(Opcode.BuildMap, 0);
        for (var i = 0; i < d.Keys.Count; i++)
        {
            if (d.Keys[i] is { } key)
            {
                CompileExpr(key);
                CompileExpr(d.Values[i]);
                Emit(Opcode.MapAdd, 1);
            }
            else
            {
                CompileExpr(d.Values[i]);
                Emit(Opcode.DictUpdate, 1);
            }
        }
    }

    private void CompileCall(Call c)
    {
        var hasStar = c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Name is null);
        if (!hasStar && c.Keywords.Count == 0 && c.Func is Ast.Attribute attr)
        {
            CompileExpr(attr.Value);
            _line = c.Lineno;
            Emit(Opcode.LoadMethod, AddName(attr.Attr));
            foreach (var a in c.Args)
            {
                CompileExpr(a);
            }
            _line = c.Lineno;
            Emit(Opcode.CallMethod, c.Args.Count);
            return;
        }
        CompileExpr(c.Func);
        if (!hasStar)
        {
            foreach (var a in c.Args)
            {
                CompileExpr(a);
            }
            foreach (var k in c.Keywords)
            {
                CompileExpr(k.Value);
            }
            _line = c.Lineno;
            if (c.Keywords.Count == 0)
            {
                Emit(Opcode.CallFunction, c.Args.Count);
            }
            else
            {
                LoadConst(PyTuple.Of(c.Keywords.Select(k => (PyObject)PyStr.From(k.Name!)).ToArray()));
                Emit(Opcode.CallFunctionKw, c.Args.Count + c.Keywords.Count);
            }
            return;
        }
        CompileSequence(c.Args.Count == 0 ? [] : c.Args, Opcode.BuildTuple);
        var flags = 0;
        if (c.Keywords.Count > 0)
        {
            flags = 1;
            Emit(Opcode.BuildMap, 0);
            foreach (var k in c.Keywords)
            {
                if (k.Name is null)
                {
                    CompileExpr(k.Value);
                    Emit(Opcode.DictMerge, 1);
                }
                else
                {
                    LoadConst(PyStr.From(k.Name));
                    CompileExpr(k.Value);
                    Emit(Opcode.MapAdd, 1);
                }
            }
        }
        _line = c.Lineno;
        Emit(Opcode.CallFunctionEx, flags);
    }

    private string ChildQualName(string name)
    {
        if (_scope.Kind == ScopeKind.Module)
        {
            return name;
        }
        return _scope.Kind == ScopeKind.Class ? _qualName + "." + name : _qualName + ".<locals>." + name;
    }

    /// <summary>Pushes the cells a child scope closes over, as a tuple, and returns whether there were any.</summary>
    private bool LoadClosure(Scope child)
    {
        if (child.FreeNames.Count == 0)
        {
            return false;
        }
        foreach (var name in child.FreeNames)
        {
            Emit(Opcode.LoadClosure, CellIndex(name));
        }
        Emit(Opcode.BuildTuple, child.FreeNames.Count);
        return true;
    }

    private void CompileFunction(Node node, string name, Arguments args, IReadOnlyList<StmtNode>? body, ExprNode? lambdaBody)
    {
        var flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults)
            {
                CompileExpr(d);
            }
            Emit(Opcode.BuildTuple, args.Defaults.Count);
            flags |= MakeFunctionFlags.Defaults;
        }
        if (args.KwDefaults.Any(d => d is not null))
        {
            var count = 0;
            for (var i = 0; i < args.KwOnlyArgs.Count; i++)
            {
                if (args.KwDefaults[i] is { } d)
                {
                    LoadConst(PyStr.From(args.KwOnlyArgs[i].Name));
                    CompileExpr(d);
                    count++;
                }
            }
            Emit(Opcode.BuildMap, count);
            flags |= MakeFunctionFlags.KwDefaults;
        }
        var scope = _table.ScopeOf(node);
        var qualName = ChildQualName(name);
        var gen = new CodeGenerator(_table, scope, _fileName, qualName, node.Lineno);
        // CPython orders co_varnames: positional, keyword-only, *args, **kwargs, then other locals.
        gen._varNames.Clear();
        foreach (var a in args.PosOnlyArgs.Concat(args.Args).Concat(args.KwOnlyArgs))
        {
            gen._varNames.Add(a.Name);
        }
        if (args.VarArg is not null)
        {
            gen._varNames.Add(args.VarArg.Name);
        }
        if (args.KwArg is not null)
        {
            gen._varNames.Add(args.KwArg.Name);
        }
        scope.Params.Clear();
        scope.Params.AddRange(gen._varNames);
        foreach (var (n, symbol) in scope.Symbols)
        {
            if (symbol == Symbol.Local && !gen._varNames.Contains(n))
            {
                gen._varNames.Add(n);
            }
        }
        if (body is not null)
        {
            if (body.Count > 0 && body[0] is Expr { Value: Constant { Value: string doc } })
            {
                gen._consts.Add(PyStr.From(doc));
            }
            else
            {
                gen._consts.Add(PyNone.Instance);
            }
            gen.CompileBody(body, false);
        }
        else
        {
            gen._consts.Add(PyNone.Instance);
            gen.CompileExpr(lambdaBody!);
            gen.Emit(Opcode.ReturnValue);
        }
        var code = gen.Finish(name, node.Lineno, args);
        if (LoadClosure(scope))
        {
            flags |= MakeFunctionFlags.Closure;
        }
        LoadConst(code);
        LoadConst(PyStr.From(qualName));
        Emit(Opcode.MakeFunction, flags);
    }

    private void CompileClass(ClassDef c)
    {
        foreach (var d in c.DecoratorList)
        {
            CompileExpr(d);
        }
        _line = c.Lineno;
        Emit(Opcode.LoadBuildClass);
        var scope = _table.ScopeOf(c);
        var qualName = ChildQualName(c.Name);
        var gen = new CodeGenerator(_table, scope, _fileName, qualName, c.Lineno);
        gen.Emit(Opcode.LoadName, gen.AddName("__name__"));
        gen.Emit(Opcode.StoreName, gen.AddName("__module__"));
        gen.LoadConst(PyStr.From(qualName));
        gen.Emit(Opcode.StoreName, gen.AddName("__qualname__"));
        if (c.Body.Count > 0 && c.Body[0] is Expr { Value: Constant { Value: string doc } })
        {
            gen.LoadConst(PyStr.From(doc));
            gen.Emit(Opcode.StoreName, gen.AddName("__doc__"));
        }
        gen.CompileBody(c.Body, false);
        if (scope.CellNames.Contains("__class__"))
        {
            gen.Emit(Opcode.LoadClosure, scope.CellNames.IndexOf("__class__"));
            gen.Emit(Opcode.StoreName, gen.AddName("__classcell__"));
        }
        gen.LoadConst(PyNone.Instance);
        gen.Emit(Opcode.ReturnValue);
        var code = gen.Finish(c.Name, c.Lineno, null);
        var flags = LoadClosure(scope) ? MakeFunctionFlags.Closure : 0;
        LoadConst(code);
        LoadConst(PyStr.From(qualName));
        Emit(Opcode.MakeFunction, flags);
        LoadConst(PyStr.From(c.Name));
        foreach (var b in c.Bases)
        {
            CompileExpr(b);
        }
        var kw = c.Keywords.Where(k => k.Name is not null).ToList();
        if (kw.Count > 0)
        {
            foreach (var k in kw)
            {
                CompileExpr(k.Value);
            }
            LoadConst(PyTuple.Of(kw.Select(k => (PyObject)PyStr.From(k.Name!)).ToArray()));
            Emit(Opcode.CallFunctionKw, 2 + c.Bases.Count + kw.Count);
        }
        else
        {
            Emit(Opcode.CallFunction, 2 + c.Bases.Count);
        }
        for (var i = 0; i < c.DecoratorList.Count; i++)
        {
            Emit(Opcode.CallFunction, 1);
        }
        StoreName(c.Name);
    }

    private void CompileComprehension(ExprNode node)
    {
        var scope = _table.ScopeOf(node);
        var (generators, name) = node switch
        {
            ListComp l => (l.Generators, "<listcomp>"),
            SetComp s => (s.Generators, "<setcomp>"),
            DictComp d => (d.Generators, "<dictcomp>"),
            _ => (((GeneratorExp)node).Generators, "<genexpr>"),
        };
        var qualName = ChildQualName(name);
        var gen = new CodeGenerator(_table, scope, _fileName, qualName, node.Lineno);
        gen._consts.Add(PyNone.Instance);
        switch (node)
        {
            case ListComp:
                gen.Emit(Opcode.BuildList, 0);
                break;
            case SetComp:
                gen.Emit(Opcode.BuildSet, 0);
                break;
            case DictComp:
                gen.Emit(Opcode.BuildMap, 0);
                break;
        }
        gen.CompileComprehensionLoop(node, generators, 0);
        if (node is GeneratorExp)
        {
            gen.LoadConst(PyNone.Instance);
        }
        gen.Emit(Opcode.ReturnValue);
        // A comprehension is a function of one argument, the iterator of its first loop (named .0).
        var code = gen.Finish(name, node.Lineno, null, 1);
        var flags = LoadClosure(scope) ? MakeFunctionFlags.Closure : 0;
        LoadConst(code);
        LoadConst(PyStr.From(qualName));
        Emit(Opcode.MakeFunction, flags);
        CompileExpr(generators[0].Iter);
        Emit(Opcode.GetIter);
        Emit(Opcode.CallFunction, 1);
    }

    private void CompileComprehensionLoop(ExprNode node, IReadOnlyList<Comprehension> generators, int index)
    {
        var g = generators[index];
        var start = NewLabel();
        var exit = NewLabel();
        if (index == 0)
        {
            Emit(Opcode.LoadFast, 0);
        }
        else
        {
            CompileExpr(g.Iter);
            Emit(Opcode.GetIter);
        }
        Mark(start);
        Emit(Opcode.ForIter, exit);
        CompileStore(g.Target);
        foreach (var cond in g.Ifs)
        {
            CompileJumpIf(cond, false, start);
        }
        if (index + 1 < generators.Count)
        {
            CompileComprehensionLoop(node, generators, index + 1);
        }
        else
        {
            var depth = generators.Count + 1;
            switch (node)
            {
                case ListComp l:
                    CompileExpr(l.Elt);
                    Emit(Opcode.ListAppend, depth);
                    break;
                case SetComp s:
                    CompileExpr(s.Elt);
                    Emit(Opcode.SetAdd, depth);
                    break;
                case DictComp d:
                    CompileExpr(d.Key);
                    CompileExpr(d.Value);
                    Emit(Opcode.MapAdd, depth);
                    break;
                case GeneratorExp ge:
                    CompileExpr(ge.Elt);
                    Emit(Opcode.YieldValue);
                    Emit(Opcode.PopTop);
                    break;
            }
        }
        Emit(Opcode.JumpBackward, start);
        Mark(exit);
        _depth--;
    }
}
