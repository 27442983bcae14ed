using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// primary: atoms followed by attribute access, calls and subscripts; slices.
public sealed partial class Parser
{
    private ExprNode Primary()
    {
        // Parent nodes start at the first token, which is '(' for a parenthesized atom.
        var startTok = Peek();
        var e = Atom();
        while (true)
        {
            if (AtOp("."))
            {
                Next();
                var attr = ExpectName();
                e = Loc(new Ast.Attribute(e, attr, ExprContext.Load), startTok);
            }
            else if (AtOp("("))
            {
                e = CallTrailer(e, startTok);
            }
            else if (AtOp("["))
            {
                Next();
                var slice = Slices();
                ExpectOp("]");
                e = Loc(new Subscript(e, slice, ExprContext.Load), startTok);
            }
            else
            {
                return e;
            }
        }
    }

    /// <summary>slices: a single slice, or a comma list of slices/starred expressions making a Tuple.</summary>
    private ExprNode Slices()
    {
        var start = Peek();
        var first = SliceItem();
        if (!AtOp(","))
        {
            // x[*a] is a one-element tuple of a starred expression (PEP 646).
            return first is Starred ? Loc(new Ast.Tuple([first], ExprContext.Load), start) : first;
        }

        var elts = new List<ExprNode> { first };
        while (AcceptOp(","))
        {
            if (AtOp("]"))
            {
                break;
            }

            elts.Add(SliceItem());
        }

        return Loc(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    /// <summary>slice: [expression] ':' [expression] [':' [expression]] | named_expression; plus '*' expression inside tuples.</summary>
    private ExprNode SliceItem()
    {
        var start = Peek();
        if (AtOp("*"))
        {
            Next();
            var value = Expression();
            return Loc(new Starred(value, ExprContext.Load), start);
        }

        ExprNode? lower = null;
        if (!AtOp(":"))
        {
            lower = NamedExpression();
            if (!AtOp(":"))
            {
                CheckMissingComma(lower, "]");
                return lower;
            }
        }

        Next();
        ExprNode? upper = null;
        ExprNode? step = null;
        if (!AtOp(":") && !AtOp(",") && !AtOp("]"))
        {
            upper = Expression();
        }

        if (AcceptOp(":"))
        {
            if (!AtOp(",") && !AtOp("]"))
            {
                step = Expression();
            }
        }

        return Loc(new Slice(lower, upper, step), start);
    }

    private ExprNode Atom()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
                Next();
                return Loc(new Name(Identifier(t), ExprContext.Load), t);
            case TokenKind.Number:
                Next();
                return Loc(new Constant(NumberLiteral.Parse(t.Text)), t);
            case TokenKind.String:
                return Strings();
            case TokenKind.Keyword:
                switch (t.Text)
                {
                    case "None":
                        Next();
                        return Loc(new Constant(null), t);
                    case "True":
                        Next();
                        return Loc(new Constant(true), t);
                    case "False":
                        Next();
                        return Loc(new Constant(false), t);
                }

                break;
            case TokenKind.Op:
                switch (t.Text)
                {
                    case "(":
                        return ParenAtom();
                    case "[":
                        return ListAtom();
                    case "{":
                        return BraceAtom();
                    case "...":
                        Next();
                        return Loc(new Constant(EllipsisValue.Instance), t);
                }

                break;
        }

        throw InvalidSyntax();
    }

    /// <summary>'(' ... ')': empty tuple, yield, group, tuple or generator expression.</summary>
    private ExprNode ParenAtom()
    {
        using var guard = Enter();
        var open = Next();
        if (AcceptOp(")"))
        {
            return Loc(new Ast.Tuple([], ExprContext.Load), open);
        }

        if (AtKeyword("yield"))
        {
            var y = YieldExpression();
            ExpectOp(")");
            return y;
        }

        var first = StarNamedExpression();
        if (AtKeyword("for") || (AtKeyword("async") && Peek(1).Is("for")))
        {
            if (first is Starred)
            {
                throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            }

            var gens = ComprehensionClauses();
            ExpectOp(")");
            return Loc(new GeneratorExp(first, gens), open);
        }

        if (AcceptOp(")"))
        {
            if (first is Starred)
            {
                throw ErrorAt(first, "cannot use starred expression here");
            }

            // A parenthesized expression keeps the inner node; CPython does not record the parentheses.
            return first;
        }

        if (!AtOp(","))
        {
            if (AtOp("="))
            {
                throw MisusedAssignment(first);
            }

            CheckMissingComma(first, ")");
            throw InvalidSyntax();
        }

        var elts = new List<ExprNode> { first };
        while (AcceptOp(","))
        {
            if (AtOp(")"))
            {
                break;
            }

            var e = StarNamedExpression();
            elts.Add(e);
            if (!AtOp(",") && !AtOp(")"))
            {
                CheckMissingComma(e, ")");
            }
        }

        ExpectOp(")");
        return Loc(new Ast.Tuple(elts, ExprContext.Load), open);
    }

    private ExprNode ListAtom()
    {
        using var guard = Enter();
        var open = Next();
        if (AcceptOp("]"))
        {
            return Loc(new Ast.List([], ExprContext.Load), open);
        }

        var first = StarNamedExpression();
        if (AtKeyword("for") || (AtKeyword("async") && Peek(1).Is("for")))
        {
            if (first is Starred)
            {
                throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            }

            var gens = ComprehensionClauses();
            ExpectOp("]");
            return Loc(new ListComp(first, gens), open);
        }

        var elts = new List<ExprNode> { first };
        CheckMissingComma(first, "]");
        while (AcceptOp(","))
        {
            if (AtOp("]"))
            {
                break;
            }

            var e = StarNamedExpression();
            elts.Add(e);
            CheckMissingComma(e, "]");
        }

        ExpectOp("]");
        return Loc(new Ast.List(elts, ExprContext.Load), open);
    }

    /// <summary>'{' ... '}': dict, set, dict or set comprehension.</summary>
    private ExprNode BraceAtom()
    {
        using var guard = Enter();
        var open = Next();
        if (AcceptOp("}"))
        {
            return Loc(new Dict([], []), open);
        }

        if (AtOp("**"))
        {
            Next();
            var mapping = BitwiseOr();
            return DictRest(open, null, mapping);
        }

        var first = StarNamedExpression();
        if (AcceptOp(":"))
        {
            if (first is Starred)
            {
                throw ErrorAt(first, "cannot use a starred expression in a dictionary value");
            }

            var value = Expression();
            if (AtKeyword("for") || (AtKeyword("async") && Peek(1).Is("for")))
            {
                var gens = ComprehensionClauses();
                ExpectOp("}");
                return Loc(new DictComp(first, value, gens), open);
            }

            return DictRest(open, first, value);
        }

        if (AtKeyword("for") || (AtKeyword("async") && Peek(1).Is("for")))
        {
            if (first is Starred)
            {
                throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            }

            var gens = ComprehensionClauses();
            ExpectOp("}");
            return Loc(new SetComp(first, gens), open);
        }

        var elts = new List<ExprNode> { first };
        CheckMissingComma(first, "}");
        while (AcceptOp(","))
        {
            if (AtOp("}"))
            {
                break;
            }

            var e = StarNamedExpression();
            elts.Add(e);
            CheckMissingComma(e, "}");
        }

        ExpectOp("}");
        return Loc(new Set(elts), open);
    }

    private Dict DictRest(Token open, ExprNode? firstKey, ExprNode firstValue)
    {
        var keys = new List<ExprNode?> { firstKey };
        var values = new List<ExprNode> { firstValue };
        while (AcceptOp(","))
        {
            if (AtOp("}"))
            {
                break;
            }

            if (AcceptOp("**"))
            {
                keys.Add(null);
                values.Add(BitwiseOr());
                continue;
            }

            var key = Expression();
            if (!AtOp(":"))
            {
                // CPython points at the last character of the key.
                var keyEnd = IndexOf(key.EndLineno, key.EndColOffset);
                throw _src.Error("':' expected after dictionary key", keyEnd - 1, keyEnd);
            }

            Next();
            if (AtOp("}") || AtOp(","))
            {
                throw _src.Error("expression expected after dictionary key and ':'", Previous.Start, Previous.End);
            }

            keys.Add(key);
            var value = Expression();
            values.Add(value);
            CheckMissingComma(value, "}");
        }

        if (AtKeyword("for") || (AtKeyword("async") && Peek(1).Is("for")))
        {
            throw InvalidSyntax();
        }

        ExpectOp("}");
        return Loc(new Dict(keys, values), open);
    }

    /// <summary>for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+.</summary>
    private List<Comprehension> ComprehensionClauses()
    {
        var result = new List<Comprehension>();
        while (AtKeyword("for") || (AtKeyword("async") && Peek(1).Is("for")))
        {
            var isAsync = AcceptKeyword("async") ? 1 : 0;
            Next();
            var target = TargetList(ExprContext.Store);
            if (!AcceptKeyword("in"))
            {
                throw InvalidSyntax();
            }

            var iter = Disjunction();
            var ifs = new List<ExprNode>();
            while (AcceptKeyword("if"))
            {
                ifs.Add(Disjunction());
            }

            result.Add(new Comprehension(target, iter, ifs, isAsync));
        }

        return result;
    }

    /// <summary>
    /// Before a generic error where an expression could start, CPython's error pass parses that
    /// expression and so reads further tokens; a tokenizer error among them is what it reports.
    /// Parser errors of the exploration are dropped (the generic error stands).
    /// </summary>
    private void ExploreAfterError()
    {
        if (!StartsExpression())
        {
            return;
        }

        var save = _pos;
        _exploring++;
        try
        {
            Expression();
        }
        catch (PythonSyntaxError e) when (!e.IsTokenizerError)
        {
            // Only tokenizer errors matter here; the caller raises the generic error.
        }
        finally
        {
            _exploring--;
        }

        _pos = save;
    }

    /// <summary>
    /// Inside brackets, an element directly followed by another expression is CPython's
    /// "invalid syntax. Perhaps you forgot a comma?".
    /// </summary>
    private void CheckMissingComma(ExprNode element, string close)
    {
        var t = Peek();
        if (AtOp(",") || AtOp(close) || t.Kind is not (TokenKind.Name or TokenKind.Number or TokenKind.String)
            && !(t.Kind == TokenKind.Op && t.Text is "(" or "[" or "{" or "~" or "...")
            && !(t.Kind == TokenKind.Keyword && t.Text is "None" or "True" or "False" or "lambda" or "not" or "await"))
        {
            return;
        }

        // CPython skips this hint when the elements look like a misspelt string prefix or a soft keyword,
        // though its error pass still reads on (and may meet a tokenizer error).
        if (element is Name && t.Kind == TokenKind.String)
        {
            ExploreAfterError();
            throw InvalidSyntax();
        }

        var save = _pos;
        ExprNode next;
        _exploring++;
        try
        {
            next = Expression();
        }
        catch (PythonSyntaxError e) when (!e.IsTokenizerError)
        {
            // The second expression is itself broken: CPython then reports the plain error at the first stop.
            _pos = save;
            _exploring--;
            throw InvalidSyntax();
        }

        _exploring--;

        throw _src.Error("invalid syntax. Perhaps you forgot a comma?",
            IndexOf(element.Lineno, element.ColOffset), IndexOf(next.EndLineno, next.EndColOffset));
    }
}
