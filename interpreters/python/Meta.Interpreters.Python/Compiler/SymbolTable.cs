using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Compiler;

public enum ScopeKind
{
    Module,
    Function,
    Class,
    Comprehension,
}

public enum Symbol
{
    /// <summary>A fast local of a function.</summary>
    Local,
    /// <summary>A local of a function that inner functions capture: lives in a cell.</summary>
    Cell,
    /// <summary>A variable of an enclosing function, reached through the closure.</summary>
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// <summary>Module and class bodies: looked up in the namespace dict, then globals, then builtins.</summary>
    Name,
}

/// <summary>One scope of the program with its names resolved (CPython's PySTEntryObject).</summary>
public sealed class Scope(ScopeKind kind, string name, Scope? parent, Node node)
{
    public ScopeKind Kind { get; } = kind;
    public string Name { get; } = name;
    public Scope? Parent { get; } = parent;
    public Node Node { get; } = node;
    public List<Scope> Children { get; } = [];
    public List<string> Params { get; } = [];
    public HashSet<string> Assigned { get; } = [];
    public HashSet<string> Used { get; } = [];
    public HashSet<string> Globals { get; } = [];
    public HashSet<string> Nonlocals { get; } = [];
    public Dictionary<string, Symbol> Symbols { get; } = [];
    public List<string> CellNames { get; } = [];
    public List<string> FreeNames { get; } = [];
    public bool IsGenerator { get; set; }

    /// <summary>An async def: calling it makes a coroutine (or an async generator when it also yields).</summary>
    public bool IsCoroutine { get; set; }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Comprehension;

    public Symbol Lookup(string name) =>
        Symbols.TryGetValue(name, out var s) ? s : Kind == ScopeKind.Function || Kind == ScopeKind.Comprehension ? Symbol.GlobalImplicit : Symbol.Name;
}

/// <summary>
/// Builds the scopes of a module and resolves every name (CPython's Python/symtable.c, two passes:
/// collect bindings per scope, then analyze top-down which names are local, cell, free or global).
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _scopes = [];
    private Scope _current;

    private SymbolTable(Module module)
    {
        _current = new Scope(ScopeKind.Module, "<module>", null, module);
        _scopes[module] = _current;
        Root = _current;
        foreach (var s in module.Body)
        {
            VisitStmt(s);
        }
        Analyze(Root, []);
    }

    public Scope Root { get; }

    public static SymbolTable Build(Module module) => new(module);

    public Scope ScopeOf(Node node) => _scopes[node];

    private void Analyze(Scope scope, HashSet<string> enclosing)
    {
        var locals = new HashSet<string>(scope.Params);
        locals.UnionWith(scope.Assigned);
        locals.ExceptWith(scope.Globals);
        locals.ExceptWith(scope.Nonlocals);
        var all = new HashSet<string>(scope.Used);
        all.UnionWith(scope.Assigned);
        all.UnionWith(scope.Params);
        // A nonlocal declaration alone makes the name free (symtable.c), even when it is never used.
        all.UnionWith(scope.Nonlocals);
        foreach (var name in all)
        {
            Symbol symbol;
            if (scope.Globals.Contains(name))
            {
                symbol = Symbol.GlobalExplicit;
            }
            else if (scope.Nonlocals.Contains(name))
            {
                symbol = Symbol.Free;
            }
            else if (locals.Contains(name))
            {
                symbol = scope.IsFunctionLike ? Symbol.Local : Symbol.Name;
            }
            else if (enclosing.Contains(name))
            {
                symbol = Symbol.Free;
            }
            else
            {
                symbol = scope.IsFunctionLike ? Symbol.GlobalImplicit : Symbol.Name;
            }
            scope.Symbols[name] = symbol;
            if (symbol == Symbol.Free && !scope.FreeNames.Contains(name))
            {
                scope.FreeNames.Add(name);
            }
        }
        HashSet<string> inner = scope.Kind switch
        {
            ScopeKind.Module => [],
            ScopeKind.Class => [.. enclosing, "__class__"],
            _ => [.. enclosing, .. locals],
        };
        if (scope.Kind != ScopeKind.Module)
        {
            // Names declared global here are not visible as enclosing function variables below.
            inner.ExceptWith(scope.Globals);
        }
        foreach (var child in scope.Children)
        {
            Analyze(child, inner);
            foreach (var free in child.FreeNames)
            {
                var here = scope.Symbols.TryGetValue(free, out var s) ? s : (Symbol?)null;
                if (scope.Kind == ScopeKind.Class && free == "__class__")
                {
                    if (!scope.CellNames.Contains(free))
                    {
                        scope.CellNames.Add(free);
                    }
                }
                else if (scope.IsFunctionLike && (here == Symbol.Local || here == Symbol.Cell))
                {
                    scope.Symbols[free] = Symbol.Cell;
                    if (!scope.CellNames.Contains(free))
                    {
                        scope.CellNames.Add(free);
                    }
                }
                else if (scope.Kind != ScopeKind.Module && !scope.FreeNames.Contains(free))
                {
                    // Passes through this scope to reach the child: this scope's closure carries it.
                    scope.FreeNames.Add(free);
                    if (!scope.Symbols.ContainsKey(free) || scope.Kind == ScopeKind.Class)
                    {
                        if (!scope.Symbols.ContainsKey(free))
                        {
                            scope.Symbols[free] = Symbol.Free;
                        }
                    }
                }
            }
        }
        // co_cellvars and co_freevars list names in sorted order (compile.c dictbytype sorts them).
        scope.CellNames.Sort(StringComparer.Ordinal);
        scope.FreeNames.Sort(StringComparer.Ordinal);
    }

    private Scope Enter(ScopeKind kind, string name, Node node)
    {
        var scope = new Scope(kind, name, _current, node);
        _current.Children.Add(scope);
        _scopes[node] = scope;
        _current = scope;
        return scope;
    }

    private void Leave() => _current = _current.Parent!;

    private void Bind(string name) => _current.Assigned.Add(name);

    private void VisitArgs(Arguments a)
    {
        foreach (var d in a.Defaults)
        {
            VisitExpr(d);
        }
        foreach (var d in a.KwDefaults)
        {
            if (d is not null)
            {
                VisitExpr(d);
            }
        }
    }

    private void AddParams(Arguments a)
    {
        foreach (var p in a.PosOnlyArgs)
        {
            _current.Params.Add(p.Name);
        }
        foreach (var p in a.Args)
        {
            _current.Params.Add(p.Name);
        }
        foreach (var p in a.KwOnlyArgs)
        {
            _current.Params.Add(p.Name);
        }
        if (a.VarArg is not null)
        {
            _current.Params.Add(a.VarArg.Name);
        }
        if (a.KwArg is not null)
        {
            _current.Params.Add(a.KwArg.Name);
        }
    }

    private void VisitBody(IReadOnlyList<StmtNode> body)
    {
        foreach (var s in body)
        {
            VisitStmt(s);
        }
    }

    private void VisitStmt(StmtNode stmt)
    {
        switch (stmt)
        {
            case FunctionDef f:
                VisitList(f.DecoratorList);
                VisitArgs(f.Args);
                Bind(f.Name);
                Enter(ScopeKind.Function, f.Name, f);
                AddParams(f.Args);
                VisitBody(f.Body);
                Leave();
                break;
            case AsyncFunctionDef af:
                VisitList(af.DecoratorList);
                VisitArgs(af.Args);
                Bind(af.Name);
                Enter(ScopeKind.Function, af.Name, af);
                _current.IsCoroutine = true;
                AddParams(af.Args);
                VisitBody(af.Body);
                Leave();
                break;
            case AsyncFor af:
                VisitExpr(af.Iter);
                VisitExpr(af.Target);
                VisitBody(af.Body);
                VisitBody(af.OrElse);
                break;
            case AsyncWith aw:
                foreach (var item in aw.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null)
                    {
                        VisitExpr(item.OptionalVars);
                    }
                }
                VisitBody(aw.Body);
                break;
            case ClassDef c:
                VisitList(c.DecoratorList);
                VisitList(c.Bases);
                foreach (var k in c.Keywords)
                {
                    VisitExpr(k.Value);
                }
                Bind(c.Name);
                Enter(ScopeKind.Class, c.Name, c);
                VisitBody(c.Body);
                Leave();
                break;
            case Return r:
                if (r.Value is not null)
                {
                    VisitExpr(r.Value);
                }
                break;
            case Delete d:
                VisitList(d.Targets);
                break;
            case Assign a:
                VisitExpr(a.Value);
                VisitList(a.Targets);
                break;
            case AugAssign a:
                VisitExpr(a.Value);
                VisitExpr(a.Target);
                if (a.Target is Name n)
                {
                    _current.Used.Add(n.Id);
                }
                break;
            case AnnAssign a:
                if (a.Value is not null)
                {
                    VisitExpr(a.Value);
                }
                if (a.Target is Name || a.Value is not null)
                {
                    VisitExpr(a.Target);
                }
                break;
            case For f:
                VisitExpr(f.Iter);
                VisitExpr(f.Target);
                VisitBody(f.Body);
                VisitBody(f.OrElse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitBody(w.Body);
                VisitBody(w.OrElse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitBody(i.Body);
                VisitBody(i.OrElse);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null)
                    {
                        VisitExpr(item.OptionalVars);
                    }
                }
                VisitBody(w.Body);
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                }
                if (r.Cause is not null)
                {
                    VisitExpr(r.Cause);
                }
                break;
            case Try t:
                VisitBody(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null)
                    {
                        VisitExpr(h.Type);
                    }
                    if (h.Name is not null)
                    {
                        Bind(h.Name);
                    }
                    VisitBody(h.Body);
                }
                VisitBody(t.OrElse);
                VisitBody(t.FinalBody);
                break;
            case Ast.Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null)
                {
                    VisitExpr(a.Msg);
                }
                break;
            case Import i:
                foreach (var alias in i.Names)
                {
                    Bind(alias.AsName ?? alias.Name.Split('.')[0]);
                }
                break;
            case ImportFrom i:
                foreach (var alias in i.Names)
                {
                    if (alias.Name != "*")
                    {
                        Bind(alias.AsName ?? alias.Name);
                    }
                }
                break;
            case Global g:
                foreach (var gn in g.Names)
                {
                    _current.Globals.Add(gn);
                }
                break;
            case Nonlocal nl:
                foreach (var gn in nl.Names)
                {
                    _current.Nonlocals.Add(gn);
                }
                break;
            case Expr e:
                VisitExpr(e.Value);
                break;
            case Pass or Break or Continue:
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    VisitExpr(c.Guard);
                    VisitBody(c.Body);
                }
                break;
            default:
                throw CodeGenerator.Unsupported(stmt.TypeName);
        }
    }

    /// <summary>Capture patterns bind names in the enclosing scope; value and class patterns read expressions.</summary>
    private void VisitPattern(PatternNode? pattern)
    {
        switch (pattern)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                break;
            case MatchSequence s:
                foreach (var p in s.Patterns)
                {
                    VisitPattern(p);
                }
                break;
            case MatchMapping m:
                VisitList(m.Keys);
                foreach (var p in m.Patterns)
                {
                    VisitPattern(p);
                }
                if (m.Rest is not null)
                {
                    Bind(m.Rest);
                }
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var p in c.Patterns)
                {
                    VisitPattern(p);
                }
                foreach (var p in c.KwdPatterns)
                {
                    VisitPattern(p);
                }
                break;
            case MatchStar st when st.Name is not null:
                Bind(st.Name);
                break;
            case MatchAs a:
                VisitPattern(a.Pattern);
                if (a.Name is not null)
                {
                    Bind(a.Name);
                }
                break;
            case MatchOr o:
                foreach (var p in o.Patterns)
                {
                    VisitPattern(p);
                }
                break;
        }
    }

    private void VisitList(IReadOnlyList<ExprNode> exprs)
    {
        foreach (var e in exprs)
        {
            VisitExpr(e);
        }
    }

    private void VisitComprehension(ExprNode node, IReadOnlyList<Comprehension> generators, params ExprNode[] elements)
    {
        VisitExpr(generators[0].Iter);
        var scope = Enter(ScopeKind.Comprehension, node is GeneratorExp ? "<genexpr>" : "<comp>", node);
        scope.Params.Add(".0");
        scope.IsGenerator = node is GeneratorExp;
        for (var i = 0; i < generators.Count; i++)
        {
            if (i > 0)
            {
                VisitExpr(generators[i].Iter);
            }
            VisitExpr(generators[i].Target);
            VisitList(generators[i].Ifs);
        }
        foreach (var e in elements)
        {
            VisitExpr(e);
        }
        Leave();
    }

    private void VisitExpr(ExprNode? expr)
    {
        switch (expr)
        {
            case null:
                break;
            case Name n:
                if (n.Ctx == ExprContext.Load)
                {
                    _current.Used.Add(n.Id);
                    if (n.Id == "super" && _current.IsFunctionLike)
                    {
                        _current.Used.Add("__class__");
                    }
                }
                else
                {
                    Bind(n.Id);
                }
                break;
            case BoolOp b:
                VisitList(b.Values);
                break;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                var target = ((Name)ne.Target).Id;
                var s = _current;
                while (s.Kind == ScopeKind.Comprehension)
                {
                    s = s.Parent!;
                }
                s.Assigned.Add(target);
                if (s != _current)
                {
                    _current.Used.Add(target);
                    _current.Nonlocals.Add(target);
                    if (s.Kind == ScopeKind.Module)
                    {
                        _current.Nonlocals.Remove(target);
                        _current.Globals.Add(target);
                    }
                }
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitArgs(l.Args);
                Enter(ScopeKind.Function, "<lambda>", l);
                AddParams(l.Args);
                VisitExpr(l.Body);
                Leave();
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.OrElse);
                break;
            case Dict d:
                foreach (var k in d.Keys)
                {
                    VisitExpr(k);
                }
                VisitList(d.Values);
                break;
            case Set st:
                VisitList(st.Elts);
                break;
            case ListComp lc:
                VisitComprehension(lc, lc.Generators, lc.Elt);
                break;
            case SetComp sc:
                VisitComprehension(sc, sc.Generators, sc.Elt);
                break;
            case DictComp dc:
                VisitComprehension(dc, dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExp ge:
                VisitComprehension(ge, ge.Generators, ge.Elt);
                break;
            case Yield y:
                _current.IsGenerator = true;
                VisitExpr(y.Value);
                break;
            case YieldFrom y:
                _current.IsGenerator = true;
                VisitExpr(y.Value);
                break;
            case Await aw:
                VisitExpr(aw.Value);
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitList(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitList(c.Args);
                foreach (var k in c.Keywords)
                {
                    VisitExpr(k.Value);
                }
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j:
                VisitList(j.Values);
                break;
            case Constant:
                break;
            case Ast.Attribute a:
                VisitExpr(a.Value);
                break;
            case Subscript s2:
                VisitExpr(s2.Value);
                VisitExpr(s2.Slice);
                break;
            case Starred st:
                VisitExpr(st.Value);
                break;
            case Ast.List l:
                VisitList(l.Elts);
                break;
            case Ast.Tuple t:
                VisitList(t.Elts);
                break;
            case Slice sl:
                VisitExpr(sl.Lower);
                VisitExpr(sl.Upper);
                VisitExpr(sl.Step);
                break;
            default:
                throw CodeGenerator.Unsupported(expr.TypeName);
        }
    }
}
