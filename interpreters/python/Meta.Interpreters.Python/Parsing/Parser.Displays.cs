using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// Bracketed atoms: tuples, groups, lists, dicts, sets and the comprehensions of each.
public sealed partial class Parser
{
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
            var targetStart = _pos;
            var target = TargetList(ExprContext.Store);
            if (!AcceptKeyword("in"))
            {
                throw InvalidForTarget(targetStart, inBrackets: true);
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
}
