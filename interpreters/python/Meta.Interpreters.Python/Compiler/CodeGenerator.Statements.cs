using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Compiler;

public sealed partial class CodeGenerator
{
    private void CompileStmts(IReadOnlyList<StmtNode> body)
    {
        foreach (var s in body)
        {
            CompileStmt(s);
        }
    }

    private void CompileStmt(StmtNode stmt)
    {
        _line = stmt.Lineno;
        switch (stmt)
        {
            case Expr e when _interactive:
                LoadConst(Startup.DisplayHook.CallSysDisplayHook);
                CompileExpr(e.Value);
                Emit(Opcode.CallFunction, 1);
                Emit(Opcode.PopTop);
                break;
            case Expr e:
                CompileExpr(e.Value);
                Emit(Opcode.PopTop);
                break;
            case Assign a:
                CompileExpr(a.Value);
                for (var i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1)
                    {
                        Emit(Opcode.DupTop);
                    }
                    CompileStore(a.Targets[i]);
                }
                break;
            case AugAssign a:
                CompileAugAssign(a);
                break;
            case AnnAssign a:
                if (a.Value is not null)
                {
                    CompileExpr(a.Value);
                    CompileStore(a.Target);
                }
                break;
            case If i:
                CompileIf(i);
                break;
            case While w:
                CompileWhile(w);
                break;
            case For f:
                CompileFor(f);
                break;
            case Break:
                CompileBreakContinue(true);
                break;
            case Continue:
                CompileBreakContinue(false);
                break;
            case Pass:
                break;
            case Return r:
                if (r.Value is not null)
                {
                    CompileExpr(r.Value);
                }
                else
                {
                    LoadConst(PyNone.Instance);
                }
                UnwindBlocks(0, true);
                _line = stmt.Lineno;
                Emit(Opcode.ReturnValue);
                break;
            case FunctionDef f:
                foreach (var d in f.DecoratorList)
                {
                    CompileExpr(d);
                }
                CompileFunction(f, f.Name, f.Args, f.Body, null);
                for (var i = 0; i < f.DecoratorList.Count; i++)
                {
                    Emit(Opcode.CallFunction, 1);
                }
                StoreName(f.Name);
                break;
            case AsyncFunctionDef af:
                foreach (var d in af.DecoratorList)
                {
                    CompileExpr(d);
                }
                CompileFunction(af, af.Name, af.Args, af.Body, null);
                for (var i = 0; i < af.DecoratorList.Count; i++)
                {
                    Emit(Opcode.CallFunction, 1);
                }
                StoreName(af.Name);
                break;
            case AsyncFor or AsyncWith:
                // Not compiled yet: the statement raises when it runs, so modules defining async code still import.
                LoadConst(Modules.Coroutines.Unsupported(stmt is AsyncFor ? "async for" : "async with"));
                Emit(Opcode.CallFunction, 0);
                Emit(Opcode.PopTop);
                break;
            case ClassDef c:
                CompileClass(c);
                break;
            case Try t:
                CompileTry(t);
                break;
            case Match m:
                CompileMatch(m);
                break;
            case Raise r:
                var n = 0;
                if (r.Exc is not null)
                {
                    CompileExpr(r.Exc);
                    n++;
                    if (r.Cause is not null)
                    {
                        CompileExpr(r.Cause);
                        n++;
                    }
                }
                Emit(Opcode.RaiseVarargs, n);
                break;
            case Ast.Assert a:
                var end = NewLabel();
                CompileExpr(a.Test);
                Emit(Opcode.PopJumpIfTrue, end);
                Emit(Opcode.LoadAssertionError);
                if (a.Msg is not null)
                {
                    CompileExpr(a.Msg);
                    Emit(Opcode.CallFunction, 1);
                }
                Emit(Opcode.RaiseVarargs, 1);
                Mark(end);
                break;
            case Delete d:
                foreach (var t in d.Targets)
                {
                    CompileDelete(t);
                }
                break;
            case Global or Nonlocal:
                break;
            case With w:
                CompileWith(w, 0);
                break;
            case Import imp:
                foreach (var alias in imp.Names)
                {
                    LoadConst(PyInt.From(0));
                    LoadConst(PyNone.Instance);
                    Emit(Opcode.ImportName, AddName(alias.Name));
                    if (alias.AsName is not null)
                    {
                        var parts = alias.Name.Split('.');
                        for (var i = 1; i < parts.Length; i++)
                        {
                            Emit(Opcode.LoadAttr, AddName(parts[i]));
                        }
                        StoreName(alias.AsName);
                    }
                    else
                    {
                        StoreName(alias.Name.Split('.')[0]);
                    }
                }
                break;
            case ImportFrom imp:
                LoadConst(PyInt.From(imp.Level));
                LoadConst(PyTuple.Of(imp.Names.Select(a => (PyObject)PyStr.From(a.Name)).ToArray()));
                Emit(Opcode.ImportName, AddName(imp.Module ?? ""));
                if (imp.Names.Count == 1 && imp.Names[0].Name == "*")
                {
                    Emit(Opcode.ImportStar);
                    break;
                }
                foreach (var alias in imp.Names)
                {
                    Emit(Opcode.ImportFrom, AddName(alias.Name));
                    StoreName(alias.AsName ?? alias.Name);
                }
                Emit(Opcode.PopTop);
                break;
            default:
                throw Unsupported(stmt.TypeName);
        }
    }

    private void CompileIf(If node)
    {
        var orElse = NewLabel();
        var end = NewLabel();
        CompileJumpIf(node.Test, false, orElse);
        CompileStmts(node.Body);
        if (node.OrElse.Count > 0)
        {
            Emit(Opcode.Jump, end);
            Mark(orElse);
            CompileStmts(node.OrElse);
        }
        else
        {
            Mark(orElse);
        }
        Mark(end);
    }

    /// <summary>Jumps to <paramref name="target"/> when the test's truth equals <paramref name="when"/>; and/or/not short-circuit without materializing bools.</summary>
    private void CompileJumpIf(ExprNode test, bool when, int target)
    {
        switch (test)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                CompileJumpIf(u.Operand, !when, target);
                return;
            case BoolOp b:
                var isOr = b.Op == BoolOperator.Or;
                if (isOr == when)
                {
                    foreach (var v in b.Values)
                    {
                        CompileJumpIf(v, when, target);
                    }
                }
                else
                {
                    var skip = NewLabel();
                    for (var i = 0; i < b.Values.Count - 1; i++)
                    {
                        CompileJumpIf(b.Values[i], !when, skip);
                    }
                    CompileJumpIf(b.Values[^1], when, target);
                    Mark(skip);
                }
                return;
            default:
                CompileExpr(test);
                Emit(when ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, target);
                return;
        }
    }

    private void CompileWhile(While node)
    {
        var start = NewLabel();
        var orElse = NewLabel();
        var end = NewLabel();
        Mark(start);
        var infinite = node.Test is Constant { Value: true };
        if (!infinite)
        {
            CompileJumpIf(node.Test, false, orElse);
        }
        PushBlock(BlockKind.Loop, start, end);
        CompileStmts(node.Body);
        PopBlockInfo();
        Emit(Opcode.JumpBackward, start);
        Mark(orElse);
        CompileStmts(node.OrElse);
        Mark(end);
    }

    private void CompileFor(For node)
    {
        var start = NewLabel();
        var exit = NewLabel();
        var end = NewLabel();
        CompileExpr(node.Iter);
        Emit(Opcode.GetIter);
        Mark(start);
        _line = node.Lineno;
        Emit(Opcode.ForIter, exit);
        CompileStore(node.Target);
        PushBlock(BlockKind.ForLoop, start, end);
        CompileStmts(node.Body);
        PopBlockInfo();
        Emit(Opcode.JumpBackward, start);
        Mark(exit);
        _depth--;
        CompileStmts(node.OrElse);
        Mark(end);
    }

    private void CompileBreakContinue(bool isBreak)
    {
        for (var i = _blocks.Count - 1; i >= 0; i--)
        {
            var b = _blocks[i];
            if (b.Kind is BlockKind.Loop or BlockKind.ForLoop)
            {
                UnwindBlocks(i + 1, false);
                if (isBreak)
                {
                    if (b.Kind == BlockKind.ForLoop)
                    {
                        Emit(Opcode.PopTop);
                    }
                    Emit(Opcode.Jump, b.Label2);
                }
                else
                {
                    Emit(Opcode.JumpBackward, b.Label);
                }
                return;
            }
        }
        throw Unsupported("break outside loop");
    }

    /// <summary>
    /// Emits the exits of the frame blocks above <paramref name="downTo"/> for a jump out of them
    /// (CPython's compiler_unwind_fblock_stack): finally bodies are compiled inline, handler
    /// state is restored, with-statements call __exit__. A return keeps its value on top.
    /// </summary>
    private void UnwindBlocks(int downTo, bool preserveTop)
    {
        var saved = _blocks.ToList();
        for (var i = _blocks.Count - 1; i >= downTo; i--)
        {
            var b = _blocks[i];
            switch (b.Kind)
            {
                case BlockKind.ForLoop:
                    if (preserveTop)
                    {
                        Emit(Opcode.RotTwo);
                    }
                    Emit(Opcode.PopTop);
                    break;
                case BlockKind.TryFinally:
                    Emit(Opcode.PopBlock);
                    _blocks.RemoveRange(i, _blocks.Count - i);
                    if (preserveTop)
                    {
                        // A break/continue in this finally body drops the pending return value (compile.c's POP_VALUE block).
                        PushBlock(BlockKind.PopValue);
                    }
                    CompileStmts((IReadOnlyList<StmtNode>)b.Data!);
                    if (preserveTop)
                    {
                        PopBlockInfo();
                    }
                    break;
                case BlockKind.PopValue:
                    if (preserveTop)
                    {
                        Emit(Opcode.RotTwo);
                    }
                    Emit(Opcode.PopTop);
                    break;
                case BlockKind.FinallyEnd:
                    // Leaving a finally body that runs for an exception: drop the handler's values.
                    Emit(Opcode.PopBlock);
                    if (preserveTop)
                    {
                        Emit(Opcode.RotThree);
                    }
                    Emit(Opcode.PopTop);
                    Emit(Opcode.PopExcept);
                    break;
                case BlockKind.HandlerCleanup:
                    Emit(Opcode.PopBlock);
                    if (preserveTop)
                    {
                        Emit(Opcode.RotThree);
                    }
                    Emit(Opcode.PopTop);
                    Emit(Opcode.PopExcept);
                    if (b.Data is string name)
                    {
                        LoadConst(PyNone.Instance);
                        StoreName(name);
                        DeleteName(name);
                    }
                    break;
                case BlockKind.With:
                    Emit(Opcode.PopBlock);
                    if (preserveTop)
                    {
                        Emit(Opcode.RotTwo);
                    }
                    LoadConst(PyNone.Instance);
                    LoadConst(PyNone.Instance);
                    LoadConst(PyNone.Instance);
                    Emit(Opcode.CallFunction, 3);
                    Emit(Opcode.PopTop);
                    break;
            }
        }
        _blocks.Clear();
        _blocks.AddRange(saved);
    }

    private void CompileTry(Try node)
    {
        if (node.FinalBody.Count > 0)
        {
            var handler = NewLabel();
            var end = NewLabel();
            Emit(Opcode.SetupExcept, handler);
            PushBlock(BlockKind.TryFinally, data: node.FinalBody);
            if (node.Handlers.Count > 0)
            {
                CompileTryExcept(node);
            }
            else
            {
                CompileStmts(node.Body);
            }
            PopBlockInfo();
            Emit(Opcode.PopBlock);
            CompileStmts(node.FinalBody);
            Emit(Opcode.Jump, end);
            // Exception path: [previous handled, exc] on the stack.
            Mark(handler);
        _depth += 2;
            Emit(Opcode.SetupCleanup, handler);
            PushBlock(BlockKind.FinallyEnd);
            CompileStmts(node.FinalBody);
            PopBlockInfo();
            Emit(Opcode.Reraise);
            _blockDepth--;
            Mark(end);
            return;
        }
        CompileTryExcept(node);
    }

    private void CompileTryExcept(Try node)
    {
        var handler = NewLabel();
        var orElse = NewLabel();
        var end = NewLabel();
        Emit(Opcode.SetupExcept, handler);
        CompileStmts(node.Body);
        Emit(Opcode.PopBlock);
        Emit(Opcode.Jump, orElse);
        Mark(handler);
        _depth += 2;
        Emit(Opcode.SetupCleanup, handler);
        foreach (var h in node.Handlers)
        {
            _line = h.Lineno;
            var next = NewLabel();
            if (h.Type is not null)
            {
                CompileExpr(h.Type);
                Emit(Opcode.CheckExcMatch);
                Emit(Opcode.PopJumpIfFalse, next);
            }
            if (h.Name is not null)
            {
                Emit(Opcode.DupTop);
                StoreName(h.Name);
            }
            PushBlock(BlockKind.HandlerCleanup, data: h.Name);
            CompileStmts(h.Body);
            PopBlockInfo();
            Emit(Opcode.PopBlock);
            _blockDepth++;
            Emit(Opcode.PopTop);
            Emit(Opcode.PopExcept);
            if (h.Name is not null)
            {
                LoadConst(PyNone.Instance);
                StoreName(h.Name);
                DeleteName(h.Name);
            }
            Emit(Opcode.Jump, end);
            Mark(next);
        }
        Emit(Opcode.Reraise);
        _blockDepth--;
        Mark(orElse);
        CompileStmts(node.OrElse);
        Mark(end);
    }

    private void CompileWith(With node, int index)
    {
        var item = node.Items[index];
        var handler = NewLabel();
        var suppress = NewLabel();
        var end = NewLabel();
        CompileExpr(item.ContextExpr);
        Emit(Opcode.BeforeWith);
        if (item.OptionalVars is not null)
        {
            CompileStore(item.OptionalVars);
        }
        else
        {
            Emit(Opcode.PopTop);
        }
        Emit(Opcode.SetupExcept, handler);
        PushBlock(BlockKind.With);
        if (index + 1 < node.Items.Count)
        {
            CompileWith(node, index + 1);
        }
        else
        {
            CompileStmts(node.Body);
        }
        PopBlockInfo();
        Emit(Opcode.PopBlock);
        _line = node.Lineno;
        LoadConst(PyNone.Instance);
        LoadConst(PyNone.Instance);
        LoadConst(PyNone.Instance);
        Emit(Opcode.CallFunction, 3);
        Emit(Opcode.PopTop);
        Emit(Opcode.Jump, end);
        // Exception path: [exit, previous handled, exc].
        Mark(handler);
        _depth += 2;
        Emit(Opcode.SetupCleanup, handler);
        Emit(Opcode.WithExceptStart);
        Emit(Opcode.PopJumpIfTrue, suppress);
        Emit(Opcode.Reraise);
        Mark(suppress);
        Emit(Opcode.PopBlock);
        Emit(Opcode.PopTop);
        Emit(Opcode.PopExcept);
        Emit(Opcode.PopTop);
        Mark(end);
    }

    private void CompileAugAssign(AugAssign node)
    {
        switch (node.Target)
        {
            case Name n:
                LoadName(n.Id);
                CompileExpr(node.Value);
                Emit(Opcode.InplaceOp, (int)node.Op);
                StoreName(n.Id);
                break;
            case Ast.Attribute a:
                CompileExpr(a.Value);
                Emit(Opcode.DupTop);
                Emit(Opcode.LoadAttr, AddName(a.Attr));
                CompileExpr(node.Value);
                Emit(Opcode.InplaceOp, (int)node.Op);
                Emit(Opcode.RotTwo);
                Emit(Opcode.StoreAttr, AddName(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileExpr(s.Slice);
                Emit(Opcode.DupTopTwo);
                Emit(Opcode.BinarySubscr);
                CompileExpr(node.Value);
                Emit(Opcode.InplaceOp, (int)node.Op);
                Emit(Opcode.RotThree);
                Emit(Opcode.StoreSubscr);
                break;
            default:
                throw Unsupported("augmented assignment target");
        }
    }

    private void CompileStore(ExprNode target)
    {
        switch (target)
        {
            case Name n:
                StoreName(n.Id);
                break;
            case Ast.Attribute a:
                CompileExpr(a.Value);
                Emit(Opcode.StoreAttr, AddName(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileExpr(s.Slice);
                Emit(Opcode.StoreSubscr);
                break;
            case Ast.Tuple or Ast.List:
                var elts = target is Ast.Tuple t ? t.Elts : ((Ast.List)target).Elts;
                var star = -1;
                for (var i = 0; i < elts.Count; i++)
                {
                    if (elts[i] is Starred)
                    {
                        star = i;
                    }
                }
                if (star < 0)
                {
                    Emit(Opcode.UnpackSequence, elts.Count);
                }
                else
                {
                    Emit(Opcode.UnpackEx, star | ((elts.Count - star - 1) << 8));
                }
                foreach (var e in elts)
                {
                    CompileStore(e is Starred st ? st.Value : e);
                }
                break;
            case Starred st:
                CompileStore(st.Value);
                break;
            default:
                throw Unsupported("assignment target " + target.TypeName);
        }
    }

    private void CompileDelete(ExprNode target)
    {
        switch (target)
        {
            case Name n:
                DeleteName(n.Id);
                break;
            case Ast.Attribute a:
                CompileExpr(a.Value);
                Emit(Opcode.DeleteAttr, AddName(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileExpr(s.Slice);
                Emit(Opcode.DeleteSubscr);
                break;
            case Ast.Tuple t:
                foreach (var e in t.Elts)
                {
                    CompileDelete(e);
                }
                break;
            case Ast.List l:
                foreach (var e in l.Elts)
                {
                    CompileDelete(e);
                }
                break;
            default:
                throw Unsupported("del target");
        }
    }

    private void LoadName(string name)
    {
        switch (_scope.Lookup(name))
        {
            case Symbol.Local:
                Emit(Opcode.LoadFast, _varNames.IndexOf(name));
                break;
            case Symbol.Cell or Symbol.Free:
                Emit(_scope.Kind == ScopeKind.Class ? Opcode.LoadClassDeref : Opcode.LoadDeref, CellIndex(name));
                break;
            case Symbol.GlobalExplicit or Symbol.GlobalImplicit:
                Emit(Opcode.LoadGlobal, AddName(name));
                break;
            default:
                Emit(Opcode.LoadName, AddName(name));
                break;
        }
    }

    private void StoreName(string name)
    {
        switch (_scope.Lookup(name))
        {
            case Symbol.Local:
                Emit(Opcode.StoreFast, _varNames.IndexOf(name));
                break;
            case Symbol.Cell or Symbol.Free:
                if (_scope.Kind == ScopeKind.Class && !_scope.Nonlocals.Contains(name))
                {
                    Emit(Opcode.StoreName, AddName(name));
                }
                else
                {
                    Emit(Opcode.StoreDeref, CellIndex(name));
                }
                break;
            case Symbol.GlobalExplicit:
                Emit(Opcode.StoreGlobal, AddName(name));
                break;
            default:
                Emit(_scope.IsFunctionLike ? Opcode.StoreGlobal : Opcode.StoreName, AddName(name));
                break;
        }
    }

    private void DeleteName(string name)
    {
        switch (_scope.Lookup(name))
        {
            case Symbol.Local:
                Emit(Opcode.DeleteFast, _varNames.IndexOf(name));
                break;
            case Symbol.Cell or Symbol.Free:
                Emit(Opcode.DeleteDeref, CellIndex(name));
                break;
            case Symbol.GlobalExplicit or Symbol.GlobalImplicit:
                Emit(Opcode.DeleteGlobal, AddName(name));
                break;
            default:
                Emit(Opcode.DeleteName, AddName(name));
                break;
        }
    }

    private int CellIndex(string name)
    {
        var i = _scope.CellNames.IndexOf(name);
        return i >= 0 ? i : _scope.CellNames.Count + _scope.FreeNames.IndexOf(name);
    }
}
