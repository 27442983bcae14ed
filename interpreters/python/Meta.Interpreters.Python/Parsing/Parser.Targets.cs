using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// Assignment and deletion targets: parsing target lists and turning expressions into Store/Del targets.
public sealed partial class Parser
{
    /// <summary>
    /// star_targets as used by for loops and comprehensions: comma-separated '*'? bitwise_or items
    /// (so that the following 'in' is not taken as a comparison), checked and set to <paramref name="ctx"/>.
    /// </summary>
    private ExprNode TargetList(ExprContext ctx)
    {
        var start = Peek();
        var first = TargetItem();
        ExprNode result = first;
        if (AtOp(","))
        {
            var elts = new List<ExprNode> { first };
            while (AcceptOp(","))
            {
                if (!StartsExpression())
                {
                    break;
                }

                elts.Add(TargetItem());
            }

            result = Loc(new Ast.Tuple(elts, ExprContext.Load), start);
        }

        SetTarget(result, ctx, hint: false);
        return result;
    }

    private ExprNode TargetItem()
    {
        if (AtOp("*"))
        {
            var star = Next();
            var value = BitwiseOr();
            return Loc(new Starred(value, ExprContext.Load), star);
        }

        return BitwiseOr();
    }

    /// <summary>
    /// Checks that <paramref name="e"/> can be assigned to (or deleted) and sets its context.
    /// With <paramref name="hint"/>, a lone invalid target gets CPython's "Maybe you meant '=='" message.
    /// </summary>
    private void SetTarget(ExprNode e, ExprContext ctx, bool hint)
    {
        var bad = FindInvalidTarget(e, ctx);
        if (bad is not null)
        {
            var verb = ctx == ExprContext.Del ? "delete" : "assign to";
            // The hint is CPython's invalid_named_expression: only for bitwise_or-level targets.
            if (hint && ReferenceEquals(bad, e) && !IsSingletonConstant(e) && e is not (Compare or BoolOp or UnaryOp { Op: UnaryOperator.Not } or IfExp or Lambda or NamedExpr))
            {
                throw ErrorAt(bad, $"cannot {verb} {ExprName(bad)} here. Maybe you meant '==' instead of '='?");
            }

            throw ErrorAt(bad, $"cannot {verb} {ExprName(bad)}");
        }

        ApplyContext(e, ctx);
    }

    /// <summary>
    /// The first sub-expression that cannot be a target, or null when all is well. With
    /// <paramref name="forTarget"/> (a for target re-read as expressions, where "a in b" is a
    /// comparison) a comparison is judged by its left side if it starts with 'in', else passed.
    /// </summary>
    private static ExprNode? FindInvalidTarget(ExprNode e, ExprContext ctx, bool forTarget = false)
    {
        switch (e)
        {
            case Name or Ast.Attribute or Subscript:
                return null;
            case Compare c when forTarget:
                return c.Ops[0] == CompareOperator.In ? FindInvalidTarget(c.Left, ctx, forTarget) : null;
            case Starred s:
                return ctx == ExprContext.Del ? e : FindInvalidTarget(s.Value, ctx, forTarget);
            case Ast.Tuple t:
                foreach (var item in t.Elts)
                {
                    if (FindInvalidTarget(item, ctx, forTarget) is { } bad)
                    {
                        return bad;
                    }
                }

                return null;
            case Ast.List l:
                foreach (var item in l.Elts)
                {
                    if (FindInvalidTarget(item, ctx, forTarget) is { } bad)
                    {
                        return bad;
                    }
                }

                return null;
            default:
                return e;
        }
    }

    private static void ApplyContext(ExprNode e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                n.Ctx = ctx;
                break;
            case Ast.Attribute a:
                a.Ctx = ctx;
                break;
            case Subscript s:
                s.Ctx = ctx;
                break;
            case Starred st:
                st.Ctx = ctx;
                ApplyContext(st.Value, ctx);
                break;
            case Ast.Tuple t:
                t.Ctx = ctx;
                foreach (var item in t.Elts)
                {
                    ApplyContext(item, ctx);
                }

                break;
            case Ast.List l:
                l.Ctx = ctx;
                foreach (var item in l.Elts)
                {
                    ApplyContext(item, ctx);
                }

                break;
        }
    }
}
