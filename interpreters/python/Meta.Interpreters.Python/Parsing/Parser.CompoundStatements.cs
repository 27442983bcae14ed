using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// Compound statements: if, while, for, with, try, and the blocks they own.
public sealed partial class Parser
{
    /// <summary>
    /// block: NEWLINE INDENT statements DEDENT | simple_stmts. <paramref name="what"/> names the
    /// owner for CPython's "expected an indented block after ..." message.
    /// </summary>
    private List<StmtNode> Block(string what, Token owner)
    {
        var body = new List<StmtNode>();
        if (Peek().Kind != TokenKind.Newline)
        {
            SimpleStatements(body);
            return body;
        }

        Next();
        if (Peek().Kind != TokenKind.Indent)
        {
            throw ErrorAtToken(Peek(), $"expected an indented block after {what} on line {owner.Line}", SyntaxErrorKind.Indentation);
        }

        Next();
        while (Peek().Kind != TokenKind.Dedent && Peek().Kind != TokenKind.EndMarker)
        {
            Statement(body);
        }

        Next();
        return body;
    }

    /// <summary>
    /// Compound statements end at the last token they consumed that is not NEWLINE, INDENT or
    /// DEDENT (so a trailing ';' of the last simple statement counts, as in CPython).
    /// </summary>
    private T EndAt<T>(T node, Token start)
        where T : Node
    {
        var i = _pos - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker)
        {
            i--;
        }

        var end = _tokens[Math.Max(i, 0)];
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndCol;
        return node;
    }

    private StmtNode IfStatement()
    {
        var t = Next();
        var test = Condition();
        ExpectColon();
        var body = Block($"'{t.Text}' statement", t);
        var orElse = new List<StmtNode>();
        if (AtKeyword("elif"))
        {
            orElse.Add(IfStatement());
        }
        else if (AtKeyword("else"))
        {
            var e = Next();
            ExpectForced(":");
            orElse = Block("'else' statement", e);
        }

        return EndAt(new If(test, body, orElse), t);
    }

    private StmtNode WhileStatement()
    {
        var t = Next();
        var test = Condition();
        ExpectColon();
        var body = Block("'while' statement", t);
        var orElse = ElseBlock();
        return EndAt(new While(test, body, orElse), t);
    }

    private List<StmtNode> ElseBlock()
    {
        if (!AtKeyword("else"))
        {
            return [];
        }

        var e = Next();
        ExpectForced(":");
        return Block("'else' statement", e);
    }

    private StmtNode ForStatement(Token? asyncTok)
    {
        var t = Next();
        var targetStart = _pos;
        var target = TargetList(ExprContext.Store);
        if (!AcceptKeyword("in"))
        {
            throw InvalidForTarget(targetStart, inBrackets: false);
        }

        var iter = StarExpressions();
        ExpectColon();
        var body = Block("'for' statement", t);
        var orElse = ElseBlock();
        return asyncTok is null
            ? EndAt(new For(target, iter, body, orElse), t)
            : EndAt(new AsyncFor(target, iter, body, orElse), asyncTok);
    }

    private StmtNode WithStatement(Token? asyncTok)
    {
        var t = Next();
        List<WithItem>? items = null;
        if (AtOp("("))
        {
            items = Speculate(ParenthesizedWithItems);
        }

        if (items is null)
        {
            items = [WithItemRule()];
            while (AcceptOp(","))
            {
                items.Add(WithItemRule());
            }
        }

        ExpectColon();
        var body = Block("'with' statement", t);
        return asyncTok is null
            ? EndAt(new With(items, body), t)
            : EndAt(new AsyncWith(items, body), asyncTok);
    }

    /// <summary>'(' ','.with_item+ ','? ')' followed by ':'; fails (for backtracking) otherwise.</summary>
    private List<WithItem> ParenthesizedWithItems()
    {
        ExpectOp("(");
        var items = new List<WithItem> { WithItemRule() };
        while (AcceptOp(","))
        {
            if (AtOp(")"))
            {
                break;
            }

            items.Add(WithItemRule());
        }

        ExpectOp(")");
        if (!AtOp(":"))
        {
            throw InvalidSyntax();
        }

        return items;
    }

    private WithItem WithItemRule()
    {
        var e = Expression();
        ExprNode? vars = null;
        if (AcceptKeyword("as"))
        {
            vars = TargetItem();
            if (!AtOp(",") && !AtOp(")") && !AtOp(":") && Peek().Kind != TokenKind.Newline)
            {
                throw InvalidSyntax();
            }

            SetTarget(vars, ExprContext.Store, hint: false);
        }

        return new WithItem(e, vars);
    }

    /// <summary>
    /// Runs <paramref name="rule"/> and returns its result, or rewinds and returns null when it
    /// raises a parser SyntaxError (ordered choice of a PEG rule). Tokenizer errors propagate.
    /// </summary>
    private T? Speculate<T>(Func<T> rule)
        where T : class
    {
        var save = _pos;
        try
        {
            return rule();
        }
        catch (PythonSyntaxError e) when (!e.IsTokenizerError)
        {
            _pos = save;
            return null;
        }
    }

    private StmtNode TryStatement()
    {
        var t = Next();
        ExpectForced(":");
        var body = Block("'try' statement", t);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (AtKeyword("except"))
        {
            var ex = Next();
            var isStar = AcceptOp("*");
            if (star is not null && star != isStar)
            {
                throw ErrorAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }

            star = isStar;
            ExprNode? type = null;
            string? name = null;
            if (!AtOp(":"))
            {
                type = Expression();
                if (AtOp(","))
                {
                    var save = _pos;
                    Next();
                    var more = Expressions();
                    _pos = save;
                    throw _src.Error("multiple exception types must be parenthesized",
                        IndexOf(type.Lineno, type.ColOffset), IndexOf(more.EndLineno, more.EndColOffset));
                }

                if (AcceptKeyword("as"))
                {
                    name = ExpectName();
                }
            }
            else if (isStar)
            {
                throw ErrorAt(Peek(), "expected one or more exception types");
            }

            ExpectColon();
            var handlerBody = Block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.Add(EndAt(new ExceptHandler(type, name, handlerBody), ex));
        }

        var orElse = handlers.Count > 0 ? ElseBlock() : [];
        var finalBody = new List<StmtNode>();
        if (AtKeyword("finally"))
        {
            var f = Next();
            ExpectForced(":");
            finalBody = Block("'finally' statement", f);
        }

        if (handlers.Count == 0 && finalBody.Count == 0)
        {
            throw ErrorAtToken(Peek(), "expected 'except' or 'finally' block");
        }

        return star == true
            ? EndAt(new TryStar(body, handlers, orElse, finalBody), t)
            : EndAt(new Try(body, handlers, orElse, finalBody), t);
    }
}
