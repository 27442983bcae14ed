using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// The match statement and its patterns (PEP 634).
public sealed partial class Parser
{
    /// <summary>
    /// "match" is a soft keyword: this is a match statement only if a subject followed by
    /// ':' NEWLINE parses; otherwise the caller rewinds and reads an ordinary statement.
    /// </summary>
    private StmtNode? TryMatchStatement()
    {
        var save = _pos;
        var t = Next();
        var subject = Speculate(MatchSubject);
        if (subject is null || !AtOp(":") || Peek(1).Kind != TokenKind.Newline)
        {
            _pos = save;
            return null;
        }

        Next();
        Next();
        if (Peek().Kind != TokenKind.Indent)
        {
            throw ErrorAtToken(Peek(), $"expected an indented block after 'match' statement on line {t.Line}", SyntaxErrorKind.Indentation);
        }

        Next();
        var cases = new List<MatchCase>();
        while (AtSoftKeyword("case"))
        {
            cases.Add(CaseBlock());
        }

        if (cases.Count == 0 || Peek().Kind != TokenKind.Dedent)
        {
            throw InvalidSyntax();
        }

        Next();
        return EndAt(new Match(subject, cases), t);
    }

    /// <summary>subject_expr: star_named_expression ',' star_named_expressions? | named_expression.</summary>
    private ExprNode MatchSubject()
    {
        var start = Peek();
        var first = StarNamedExpression();
        if (!AtOp(","))
        {
            if (first is Starred)
            {
                throw InvalidSyntax();
            }

            return first;
        }

        var elts = new List<ExprNode> { first };
        while (AcceptOp(","))
        {
            if (!StartsExpression())
            {
                break;
            }

            elts.Add(StarNamedExpression());
        }

        return Loc(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    private MatchCase CaseBlock()
    {
        var t = Next();
        var pattern = TopLevelPatterns();
        ExprNode? guard = null;
        if (AcceptKeyword("if"))
        {
            guard = NamedExpression();
        }

        ExpectColon();
        var body = Block("'case' statement", t);
        return new MatchCase(pattern, guard, body);
    }

    /// <summary>patterns: open_sequence_pattern (a bare comma list is a sequence) | pattern.</summary>
    private PatternNode TopLevelPatterns()
    {
        var start = Peek();
        var first = MaybeStarPattern();
        if (!AtOp(","))
        {
            if (first is MatchStar)
            {
                throw InvalidSyntax();
            }

            return first;
        }

        var items = new List<PatternNode> { first };
        while (AcceptOp(","))
        {
            if (AtOp(":") || AtKeyword("if"))
            {
                break;
            }

            items.Add(MaybeStarPattern());
        }

        return Loc(new MatchSequence(items), start);
    }

    private PatternNode MaybeStarPattern()
    {
        if (AtOp("*"))
        {
            var star = Next();
            var name = ExpectName();
            return Loc(new MatchStar(name == "_" ? null : name), star);
        }

        return Pattern();
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private PatternNode Pattern()
    {
        using var guard = Enter();
        var start = Peek();
        var or = OrPattern();
        if (!AtKeyword("as"))
        {
            return or;
        }

        Next();
        var target = Peek();
        if (target.Kind != TokenKind.Name)
        {
            throw ErrorAt(target, "invalid pattern target");
        }

        if (target.Text == "_")
        {
            throw ErrorAt(target, "cannot use '_' as a target");
        }

        Next();
        if (AtOp(".") || AtOp("(") || AtOp("="))
        {
            throw ErrorAt(target, "invalid pattern target");
        }

        return Loc(new MatchAs(or, Identifier(target)), start);
    }

    private PatternNode OrPattern()
    {
        var start = Peek();
        var first = ClosedPattern();
        if (!AtOp("|"))
        {
            return first;
        }

        var alternatives = new List<PatternNode> { first };
        while (AcceptOp("|"))
        {
            alternatives.Add(ClosedPattern());
        }

        return Loc(new MatchOr(alternatives), start);
    }

    private PatternNode ClosedPattern()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Number:
                return Loc(new MatchValue(LiteralExpression()), t);
            case TokenKind.String:
                return Loc(new MatchValue(LiteralExpression()), t);
            case TokenKind.Keyword when t.Text is "None" or "True" or "False":
                Next();
                return Loc(new MatchSingleton(t.Text switch
                {
                    "None" => null,
                    "True" => true,
                    _ => false,
                }), t);
            case TokenKind.Op when t.Text == "-":
                return Loc(new MatchValue(LiteralExpression()), t);
            case TokenKind.Op when t.Text == "(":
                return ParenPattern();
            case TokenKind.Op when t.Text == "[":
                return BracketPattern();
            case TokenKind.Op when t.Text == "{":
                return MappingPattern();
            case TokenKind.Name:
                return NamePattern();
        }

        throw InvalidSyntax();
    }

    /// <summary>Capture, wildcard, value (dotted name) or class pattern.</summary>
    private PatternNode NamePattern()
    {
        var t = Next();
        ExprNode nameOrAttr = Loc(new Name(Identifier(t), ExprContext.Load), t);
        var dotted = false;
        while (AtOp("."))
        {
            Next();
            var attr = ExpectName();
            nameOrAttr = Loc(new Ast.Attribute(nameOrAttr, attr, ExprContext.Load), t);
            dotted = true;
        }

        if (AtOp("("))
        {
            return ClassPattern(t, nameOrAttr);
        }

        if (dotted)
        {
            return Loc(new MatchValue(nameOrAttr), t);
        }

        if (t.Text == "_")
        {
            return Loc(new MatchAs(null, null), t);
        }

        return Loc(new MatchAs(null, Identifier(t)), t);
    }

    private PatternNode ClassPattern(Token start, ExprNode cls)
    {
        Next();
        var patterns = new List<PatternNode>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<PatternNode>();
        while (!AtOp(")"))
        {
            if (Peek().Kind == TokenKind.Name && Peek(1).Is("="))
            {
                kwdAttrs.Add(Identifier(Next()));
                Next();
                kwdPatterns.Add(Pattern());
            }
            else
            {
                var p = Pattern();
                if (kwdAttrs.Count > 0)
                {
                    throw ErrorAt(p, "positional patterns follow keyword patterns");
                }

                patterns.Add(p);
            }

            if (!AcceptOp(","))
            {
                break;
            }
        }

        ExpectOp(")");
        return Loc(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), start);
    }

    /// <summary>'(' ')' is an empty sequence, '(' pattern ')' a group, '(' p ',' ... ')' a sequence.</summary>
    private PatternNode ParenPattern()
    {
        var open = Next();
        if (AcceptOp(")"))
        {
            return Loc(new MatchSequence([]), open);
        }

        var first = MaybeStarPattern();
        if (AcceptOp(")"))
        {
            if (first is MatchStar)
            {
                return Loc(new MatchSequence([first]), open);
            }

            return first;
        }

        var items = new List<PatternNode> { first };
        while (AcceptOp(","))
        {
            if (AtOp(")"))
            {
                break;
            }

            items.Add(MaybeStarPattern());
        }

        ExpectOp(")");
        return Loc(new MatchSequence(items), open);
    }

    private PatternNode BracketPattern()
    {
        var open = Next();
        var items = new List<PatternNode>();
        while (!AtOp("]"))
        {
            items.Add(MaybeStarPattern());
            if (!AcceptOp(","))
            {
                break;
            }
        }

        ExpectOp("]");
        return Loc(new MatchSequence(items), open);
    }

    private PatternNode MappingPattern()
    {
        var open = Next();
        var keys = new List<ExprNode>();
        var patterns = new List<PatternNode>();
        string? rest = null;
        while (!AtOp("}"))
        {
            if (AtOp("**"))
            {
                Next();
                rest = ExpectName();
                AcceptOp(",");
                break;
            }

            ExprNode key;
            if (Peek().Kind == TokenKind.Name)
            {
                var t = Next();
                key = Loc(new Name(Identifier(t), ExprContext.Load), t);
                if (!AtOp("."))
                {
                    throw InvalidSyntax();
                }

                while (AcceptOp("."))
                {
                    key = Loc(new Ast.Attribute(key, ExpectName(), ExprContext.Load), t);
                }
            }
            else if (Peek().Kind == TokenKind.Keyword && Peek().Text is "None" or "True" or "False")
            {
                var t = Next();
                key = Loc(new Constant(t.Text switch
                {
                    "None" => null,
                    "True" => true,
                    _ => false,
                }), t);
            }
            else
            {
                key = LiteralExpression();
            }

            ExpectOp(":");
            keys.Add(key);
            patterns.Add(Pattern());
            if (!AcceptOp(","))
            {
                break;
            }
        }

        ExpectOp("}");
        return Loc(new MatchMapping(keys, patterns, rest), open);
    }

    /// <summary>Signed numbers, complex literals (real +/- imaginary) and plain strings, as pattern values.</summary>
    private ExprNode LiteralExpression()
    {
        var t = Peek();
        if (t.Kind == TokenKind.String)
        {
            var s = Strings();
            if (s is JoinedStr)
            {
                throw ErrorAt(s, "patterns may only match literals and attribute lookups");
            }

            return s;
        }

        var real = SignedNumber();
        if (AtOp("+") || AtOp("-"))
        {
            var op = Next().Text == "+" ? Operator.Add : Operator.Sub;
            var numTok = Peek();
            if (numTok.Kind != TokenKind.Number)
            {
                throw InvalidSyntax();
            }

            Next();
            var imag = Loc(new Constant(NumberLiteral.Parse(numTok.Text)), numTok);
            if (imag.Value is not System.Numerics.Complex)
            {
                throw ErrorAt(imag, "imaginary number required in complex literal");
            }

            if (real is Constant { Value: System.Numerics.Complex } || real is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
            {
                throw ErrorAt(real, "real number required in complex literal");
            }

            return Loc(new BinOp(real, op, imag), t);
        }

        return real;
    }

    private ExprNode SignedNumber()
    {
        var t = Peek();
        if (AcceptOp("-"))
        {
            var n = Peek();
            if (n.Kind != TokenKind.Number)
            {
                throw InvalidSyntax();
            }

            Next();
            var value = Loc(new Constant(NumberLiteral.Parse(n.Text)), n);
            return Loc(new UnaryOp(UnaryOperator.USub, value), t);
        }

        if (t.Kind != TokenKind.Number)
        {
            throw InvalidSyntax();
        }

        Next();
        return Loc(new Constant(NumberLiteral.Parse(t.Text)), t);
    }
}
