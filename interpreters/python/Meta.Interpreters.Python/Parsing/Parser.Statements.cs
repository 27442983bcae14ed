using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// Statements: dispatch, simple statements and expression/assignment statements.
public sealed partial class Parser
{
    private static readonly Dictionary<string, Operator> AugmentedOps = new()
    {
        ["+="] = Operator.Add,
        ["-="] = Operator.Sub,
        ["*="] = Operator.Mult,
        ["@="] = Operator.MatMult,
        ["/="] = Operator.Div,
        ["%="] = Operator.Mod,
        ["&="] = Operator.BitAnd,
        ["|="] = Operator.BitOr,
        ["^="] = Operator.BitXor,
        ["<<="] = Operator.LShift,
        [">>="] = Operator.RShift,
        ["**="] = Operator.Pow,
        ["//="] = Operator.FloorDiv,
    };

    /// <summary>Parses one statement (a line of simple statements adds several) into <paramref name="body"/>.</summary>
    private void Statement(List<StmtNode> body)
    {
        using var guard = Enter();
        var t = Peek();
        if (t.Kind == TokenKind.Indent)
        {
            throw UnexpectedIndent(t);
        }

        if (t.Kind == TokenKind.Keyword)
        {
            switch (t.Text)
            {
                case "if":
                    body.Add(IfStatement());
                    return;
                case "while":
                    body.Add(WhileStatement());
                    return;
                case "for":
                    body.Add(ForStatement(null));
                    return;
                case "try":
                    body.Add(TryStatement());
                    return;
                case "with":
                    body.Add(WithStatement(null));
                    return;
                case "def":
                    body.Add(FunctionDefinition([], null));
                    return;
                case "class":
                    body.Add(ClassDefinition([]));
                    return;
                case "async":
                    body.Add(AsyncStatement([]));
                    return;
            }
        }
        else if (t.Kind == TokenKind.Op && t.Text == "@")
        {
            body.Add(Decorated());
            return;
        }
        else if (t.Kind == TokenKind.Name && t.Text == "match" && TryMatchStatement() is { } match)
        {
            body.Add(match);
            return;
        }

        SimpleStatements(body);
    }

    /// <summary>simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE.</summary>
    private void SimpleStatements(List<StmtNode> body)
    {
        while (true)
        {
            body.Add(SimpleStatement());
            if (AcceptOp(";"))
            {
                if (Peek().Kind == TokenKind.Newline)
                {
                    break;
                }

                continue;
            }

            break;
        }

        if (Peek().Kind != TokenKind.Newline)
        {
            // CPython's error pass reads on only after a statement that ends in an expression.
            if (body[^1] is Expr or Assign or AugAssign or AnnAssign or Return { Value: not null } or Raise { Exc: not null } or Assert)
            {
                ExploreAfterError();
            }

            throw InvalidSyntax();
        }

        Next();
    }

    private StmtNode SimpleStatement()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Keyword)
        {
            switch (t.Text)
            {
                case "pass":
                    Next();
                    return Loc(new Pass(), t);
                case "break":
                    Next();
                    return Loc(new Break(), t);
                case "continue":
                    Next();
                    return Loc(new Continue(), t);
                case "return":
                    {
                        Next();
                        var value = AtSimpleStatementEnd() ? null : StarExpressions();
                        return Loc(new Return(value), t);
                    }

                case "raise":
                    return RaiseStatement();
                case "global":
                case "nonlocal":
                    {
                        Next();
                        var names = new List<string> { ExpectName() };
                        while (AcceptOp(","))
                        {
                            names.Add(ExpectName());
                        }

                        return t.Text == "global" ? Loc(new Global(names), t) : Loc(new Nonlocal(names), t);
                    }

                case "del":
                    return DelStatement();
                case "import":
                    return ImportStatement();
                case "from":
                    return ImportFromStatement();
                case "assert":
                    {
                        Next();
                        var test = Expression();
                        ExprNode? msg = null;
                        if (AcceptOp(","))
                        {
                            msg = Expression();
                        }

                        return Loc(new Assert(test, msg), t);
                    }
            }
        }

        return ExpressionStatement();
    }

    private bool AtSimpleStatementEnd() => Peek().Kind is TokenKind.Newline or TokenKind.EndMarker || AtOp(";");

    private StmtNode RaiseStatement()
    {
        var t = Next();
        if (AtSimpleStatementEnd())
        {
            return Loc(new Raise(null, null), t);
        }

        var exc = Expression();
        ExprNode? cause = null;
        if (AcceptKeyword("from"))
        {
            cause = Expression();
        }

        return Loc(new Raise(exc, cause), t);
    }

    private StmtNode DelStatement()
    {
        var t = Next();
        var targets = new List<ExprNode>();
        do
        {
            if (AtSimpleStatementEnd() && targets.Count > 0)
            {
                break;
            }

            var e = AtOp("*") ? StarExpression() : Expression();
            SetTarget(e, ExprContext.Del, hint: false);
            targets.Add(e);
        }
        while (AcceptOp(","));

        if (!AtSimpleStatementEnd())
        {
            throw InvalidSyntax();
        }

        return Loc(new Delete(targets), t);
    }

    private StmtNode ImportStatement()
    {
        var t = Next();
        var names = new List<Alias>();
        do
        {
            var start = Peek();
            var name = DottedName();
            string? asName = null;
            if (AcceptKeyword("as"))
            {
                asName = ExpectName();
            }

            names.Add(Loc(new Alias(name, asName), start));
        }
        while (AcceptOp(","));

        return Loc(new Import(names), t);
    }

    private string DottedName()
    {
        var name = ExpectName();
        while (AtOp(".") && Peek(1).Kind == TokenKind.Name)
        {
            Next();
            name += "." + Identifier(Next());
        }

        return name;
    }

    private StmtNode ImportFromStatement()
    {
        var t = Next();
        var level = 0;
        while (AtOp(".") || AtOp("..."))
        {
            level += Next().Text.Length;
        }

        string? module = null;
        if (!AtKeyword("import"))
        {
            module = DottedName();
        }

        ExpectKeyword("import");
        var names = new List<Alias>();
        if (AtOp("*"))
        {
            var star = Next();
            names.Add(Loc(new Alias("*", null), star));
            return Loc(new ImportFrom(module, names, level), t);
        }

        var parenthesized = AcceptOp("(");
        while (true)
        {
            var start = Peek();
            var name = ExpectName();
            string? asName = null;
            if (AcceptKeyword("as"))
            {
                asName = ExpectName();
            }

            names.Add(Loc(new Alias(name, asName), start));
            if (!AcceptOp(","))
            {
                break;
            }

            if (parenthesized && AtOp(")"))
            {
                break;
            }

            if (!parenthesized && AtSimpleStatementEnd())
            {
                throw ErrorAt(Peek(), "trailing comma not allowed without surrounding parentheses");
            }
        }

        if (parenthesized)
        {
            ExpectOp(")");
        }

        return Loc(new ImportFrom(module, names, level), t);
    }

    /// <summary>Expression statements and all forms of assignment.</summary>
    private StmtNode ExpressionStatement()
    {
        var start = Peek();
        var first = AtKeyword("yield") ? YieldExpression() : StarExpressions();
        if (AtOp(":"))
        {
            return AnnotatedAssignment(start, first);
        }

        if (AtOp("="))
        {
            var targets = new List<ExprNode> { first };
            var bareYield = first is Yield or YieldFrom && start.Is("yield");
            while (AcceptOp("="))
            {
                if (bareYield)
                {
                    // An unparenthesized yield before '=' has its own message in CPython.
                    throw ErrorAt(targets[^1], "assignment to yield expression not possible");
                }

                bareYield = AtKeyword("yield");
                targets.Add(bareYield ? YieldExpression() : StarExpressions());
            }

            var value = targets[^1];
            targets.RemoveAt(targets.Count - 1);
            foreach (var target in targets)
            {
                SetTarget(target, ExprContext.Store, hint: targets.Count == 1 && target is not (Ast.Tuple or Ast.List or GeneratorExp));
            }

            return Loc(new Assign(targets, value), start);
        }

        if (Peek().Kind == TokenKind.Op && AugmentedOps.TryGetValue(Peek().Text, out var op))
        {
            if (first is not (Name or Ast.Attribute or Subscript))
            {
                throw ErrorAt(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            }

            Next();
            var value = AtKeyword("yield") ? YieldExpression() : StarExpressions();
            SetTarget(first, ExprContext.Store, hint: false);
            return Loc(new AugAssign(first, op, value), start);
        }

        if (!AtSimpleStatementEnd() && first is Name { Id: "print" or "exec" } legacy && StartsExpression())
        {
            var save = _pos;
            var rest = StarExpressions();
            _pos = save;
            throw _src.Error($"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?",
                start.Start, IndexOf(rest.EndLineno, rest.EndColOffset));
        }

        return Loc(new Expr(first), start);
    }

    private StmtNode AnnotatedAssignment(Token start, ExprNode target)
    {
        // Looking past the ':' belongs to CPython's error pass: it must not move the generic error.
        _exploring++;
        var annotationFollows = Peek(1).Kind is not (TokenKind.Newline or TokenKind.EndMarker) && StartsExpressionAt(1);
        _exploring--;
        if (target is not (Name or Ast.Attribute or Subscript) && !annotationFollows)
        {
            // CPython's messages for bad annotation targets need an annotation after the ':'.
            throw InvalidSyntax();
        }

        switch (target)
        {
            case Ast.Tuple:
                throw ErrorAt(target, "only single target (not tuple) can be annotated");
            case Ast.List:
                throw ErrorAt(target, "only single target (not list) can be annotated");
            case Name or Ast.Attribute or Subscript:
                break;
            default:
                throw ErrorAt(target, "illegal target for annotation");
        }

        Next();
        var annotation = Expression();
        ExprNode? value = null;
        if (AcceptOp("="))
        {
            value = AtKeyword("yield") ? YieldExpression() : StarExpressions();
        }

        SetTarget(target, ExprContext.Store, hint: false);
        var simple = target is Name && !start.Is("(") ? 1 : 0;
        return Loc(new AnnAssign(target, annotation, value, simple), start);
    }

    /// <summary>yield_expr: 'yield' 'from' expression | 'yield' [star_expressions].</summary>
    private ExprNode YieldExpression()
    {
        var t = Next();
        if (AcceptKeyword("from"))
        {
            var value = Expression();
            return Loc(new YieldFrom(value), t);
        }

        if (AtSimpleStatementEnd() || AtOp(")") || AtOp("=") || AtOp("]") || AtOp("}") || !StartsExpression())
        {
            return Loc(new Yield(null), t);
        }

        return Loc(new Yield(StarExpressions()), t);
    }
}
