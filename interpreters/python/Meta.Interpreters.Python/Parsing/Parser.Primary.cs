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
            // A trailer that does not parse leaves the shorter primary (PEG choice, see IsPlainFailure).
            var save = _pos;
            try
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
            catch (PythonSyntaxError error) when (IsPlainFailure(error))
            {
                _pos = save;
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
            if (AtOp("="))
            {
                throw MisusedAssignment(lower);
            }

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
}
