using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// Expressions from star_expressions down to await_primary (operator precedence levels).
public sealed partial class Parser
{
    /// <summary>star_expressions: one or more star_expression; a comma makes a Tuple.</summary>
    private ExprNode StarExpressions()
    {
        var start = Peek();
        var first = StarExpression();
        if (!AtOp(","))
        {
            return first;
        }

        var elts = new List<ExprNode> { first };
        while (AcceptOp(","))
        {
            if (!StartsExpression())
            {
                break;
            }

            elts.Add(StarExpression());
        }

        return Loc(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    /// <summary>star_expression: '*' bitwise_or | expression.</summary>
    private ExprNode StarExpression()
    {
        if (AtOp("*"))
        {
            var star = Next();
            var value = BitwiseOr();
            return Loc(new Starred(value, ExprContext.Load), star);
        }

        return Expression();
    }

    /// <summary>star_named_expression: '*' bitwise_or | named_expression (with CPython's hint for a stray '=').</summary>
    private ExprNode StarNamedExpression()
    {
        if (AtOp("*"))
        {
            var star = Next();
            var value = BitwiseOr();
            return Loc(new Starred(value, ExprContext.Load), star);
        }

        var e = NamedExpression();
        if (AtOp("="))
        {
            throw MisusedAssignment(e);
        }

        return e;
    }

    /// <summary>expressions: expression (',' expression)* [','].</summary>
    private ExprNode Expressions()
    {
        var start = Peek();
        var first = Expression();
        if (!AtOp(","))
        {
            return first;
        }

        var elts = new List<ExprNode> { first };
        while (AcceptOp(","))
        {
            if (!StartsExpression())
            {
                break;
            }

            elts.Add(Expression());
        }

        return Loc(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    /// <summary>True when the current token can begin an expression (used after commas).</summary>
    private bool StartsExpression() => StartsExpressionAt(0);

    /// <summary>True when the token <paramref name="k"/> places ahead can begin an expression.</summary>
    private bool StartsExpressionAt(int k)
    {
        var t = Peek(k);
        return t.Kind switch
        {
            TokenKind.Name or TokenKind.Number or TokenKind.String => true,
            TokenKind.Keyword => t.Text is "lambda" or "not" or "await" or "None" or "True" or "False",
            TokenKind.Op => t.Text is "(" or "[" or "{" or "-" or "+" or "~" or "*" or "...",
            _ => false,
        };
    }

    /// <summary>named_expression: NAME ':=' expression | expression !':='.</summary>
    private ExprNode NamedExpression()
    {
        if (Peek().Kind == TokenKind.Name && Peek(1).Is(":="))
        {
            var nameTok = Next();
            var target = Loc(new Name(Identifier(nameTok), ExprContext.Store), nameTok);
            Next();
            var value = Expression();
            return Loc(new NamedExpr(target, value), nameTok);
        }

        var e = Expression();
        if (AtOp(":="))
        {
            throw ErrorAt(e, $"cannot use assignment expressions with {ExprName(e)}");
        }

        return e;
    }

    /// <summary>A condition of if/elif/while: a named expression; '=' here gets CPython's hint.</summary>
    private ExprNode Condition()
    {
        var e = NamedExpression();
        if (AtOp("="))
        {
            throw MisusedAssignment(e);
        }

        return e;
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private ExprNode Expression()
    {
        using var guard = Enter();
        if (AtKeyword("lambda"))
        {
            return LambdaExpression();
        }

        var startTok = Peek();
        var body = Disjunction();
        if (!AtKeyword("if"))
        {
            return body;
        }

        Next();
        var test = Disjunction();
        if (!AcceptKeyword("else"))
        {
            if (AtOp(":"))
            {
                throw InvalidSyntax();
            }

            throw _src.Error("expected 'else' after 'if' expression",
                IndexOf(body.Lineno, body.ColOffset), IndexOf(test.EndLineno, test.EndColOffset));
        }

        var orElse = Expression();
        return Loc(new IfExp(test, body, orElse), startTok);
    }

    private ExprNode Disjunction()
    {
        var startTok = Peek();
        var first = Conjunction();
        if (!AtKeyword("or"))
        {
            return first;
        }

        var values = new List<ExprNode> { first };
        while (AtKeyword("or"))
        {
            var save = _pos;
            Next();
            if (OperandOrRewind(save, OperandRule.Conjunction) is not { } value)
            {
                break;
            }

            values.Add(value);
        }

        return values.Count == 1 ? first : Loc(new BoolOp(BoolOperator.Or, values), startTok);
    }

    private ExprNode Conjunction()
    {
        var startTok = Peek();
        var first = Inversion();
        if (!AtKeyword("and"))
        {
            return first;
        }

        var values = new List<ExprNode> { first };
        while (AtKeyword("and"))
        {
            var save = _pos;
            Next();
            if (OperandOrRewind(save, OperandRule.Inversion) is not { } value)
            {
                break;
            }

            values.Add(value);
        }

        return values.Count == 1 ? first : Loc(new BoolOp(BoolOperator.And, values), startTok);
    }

    private ExprNode Inversion()
    {
        if (AtKeyword("not"))
        {
            using var guard = Enter();
            var not = Next();
            var operand = Inversion();
            return Loc(new UnaryOp(UnaryOperator.Not, operand), not);
        }

        return Comparison();
    }

    private ExprNode Comparison()
    {
        var startTok = Peek();
        var left = BitwiseOr();
        List<CompareOperator>? ops = null;
        List<ExprNode>? comparators = null;
        while (true)
        {
            CompareOperator op;
            var save = _pos;
            var t = Peek();
            if (t.Kind == TokenKind.Op && t.Text is "==" or "!=" or "<" or "<=" or ">" or ">=")
            {
                op = t.Text switch
                {
                    "==" => CompareOperator.Eq,
                    "!=" => CompareOperator.NotEq,
                    "<" => CompareOperator.Lt,
                    "<=" => CompareOperator.LtE,
                    ">" => CompareOperator.Gt,
                    _ => CompareOperator.GtE,
                };
                Next();
            }
            else if (t.Kind == TokenKind.Keyword && t.Text == "in")
            {
                op = CompareOperator.In;
                Next();
            }
            else if (t.Kind == TokenKind.Keyword && t.Text == "not" && Peek(1).Is("in"))
            {
                op = CompareOperator.NotIn;
                Next();
                Next();
            }
            else if (t.Kind == TokenKind.Keyword && t.Text == "is")
            {
                Next();
                op = AcceptKeyword("not") ? CompareOperator.IsNot : CompareOperator.Is;
            }
            else
            {
                break;
            }

            if (OperandOrRewind(save, OperandRule.BitwiseOr) is not { } comparator)
            {
                break;
            }

            (ops ??= []).Add(op);
            (comparators ??= []).Add(comparator);
        }

        return ops is null ? left : Loc(new Compare(left, ops, comparators!), startTok);
    }

    private ExprNode BitwiseOr()
    {
        var startTok = Peek();
        var left = BitwiseXor();
        while (AtOp("|"))
        {
            var save = _pos;
            Next();
            if (OperandOrRewind(save, OperandRule.BitwiseXor) is not { } right)
            {
                break;
            }

            left = Loc(new BinOp(left, Operator.BitOr, right), startTok);
        }

        return left;
    }

    private ExprNode BitwiseXor()
    {
        var startTok = Peek();
        var left = BitwiseAnd();
        while (AtOp("^"))
        {
            var save = _pos;
            Next();
            if (OperandOrRewind(save, OperandRule.BitwiseAnd) is not { } right)
            {
                break;
            }

            left = Loc(new BinOp(left, Operator.BitXor, right), startTok);
        }

        return left;
    }

    private ExprNode BitwiseAnd()
    {
        var startTok = Peek();
        var left = ShiftExpr();
        while (AtOp("&"))
        {
            var save = _pos;
            Next();
            if (OperandOrRewind(save, OperandRule.ShiftExpr) is not { } right)
            {
                break;
            }

            left = Loc(new BinOp(left, Operator.BitAnd, right), startTok);
        }

        return left;
    }

    private ExprNode ShiftExpr()
    {
        var startTok = Peek();
        var left = Sum();
        while (AtOp("<<") || AtOp(">>"))
        {
            var save = _pos;
            var op = Next().Text == "<<" ? Operator.LShift : Operator.RShift;
            if (OperandOrRewind(save, OperandRule.Sum) is not { } right)
            {
                break;
            }

            left = Loc(new BinOp(left, op, right), startTok);
        }

        return left;
    }

    private ExprNode Sum()
    {
        var startTok = Peek();
        var left = Term();
        while (AtOp("+") || AtOp("-"))
        {
            var save = _pos;
            var op = Next().Text == "+" ? Operator.Add : Operator.Sub;
            if (OperandOrRewind(save, OperandRule.Term) is not { } right)
            {
                break;
            }

            left = Loc(new BinOp(left, op, right), startTok);
        }

        return left;
    }

    private ExprNode Term()
    {
        var startTok = Peek();
        var left = Factor();
        while (true)
        {
            var t = Peek();
            if (t.Kind != TokenKind.Op)
            {
                return left;
            }

            Operator op;
            switch (t.Text)
            {
                case "*":
                    op = Operator.Mult;
                    break;
                case "/":
                    op = Operator.Div;
                    break;
                case "//":
                    op = Operator.FloorDiv;
                    break;
                case "%":
                    op = Operator.Mod;
                    break;
                case "@":
                    op = Operator.MatMult;
                    break;
                default:
                    return left;
            }

            var save = _pos;
            Next();
            if (OperandOrRewind(save, OperandRule.Factor) is not { } right)
            {
                return left;
            }

            left = Loc(new BinOp(left, op, right), startTok);
        }
    }

    private ExprNode Factor()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Op && t.Text is "+" or "-" or "~")
        {
            using var guard = Enter();
            Next();
            var op = t.Text switch
            {
                "+" => UnaryOperator.UAdd,
                "-" => UnaryOperator.USub,
                _ => UnaryOperator.Invert,
            };
            var operand = Factor();
            return Loc(new UnaryOp(op, operand), t);
        }

        return Power();
    }

    private ExprNode Power()
    {
        var startTok = Peek();
        var left = AwaitPrimary();
        if (AtOp("**"))
        {
            var save = _pos;
            Next();
            if (OperandOrRewind(save, OperandRule.Factor) is { } right)
            {
                return Loc(new BinOp(left, Operator.Pow, right), startTok);
            }
        }

        return left;
    }

    private ExprNode AwaitPrimary()
    {
        if (AtKeyword("await"))
        {
            var t = Next();
            var value = Primary();
            return Loc(new Await(value), t);
        }

        return Primary();
    }
}
