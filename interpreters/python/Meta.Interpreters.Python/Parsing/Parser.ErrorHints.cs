using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// The specific messages CPython's second, error-reporting pass gives for common mistakes
// (its invalid_* grammar rules), and the extra tokens that pass reads.
public sealed partial class Parser
{
    /// <summary>CPython's invalid_named_expression messages for <c>a = b</c> where a comparison was meant.</summary>
    private PythonSyntaxError MisusedAssignment(ExprNode target)
    {
        // CPython's hint applies only to a bitwise_or-level target at the start of the expression.
        if (target is Compare or BoolOp or UnaryOp { Op: UnaryOperator.Not } or IfExp or Lambda or NamedExpr)
        {
            return InvalidSyntax();
        }

        // Reading the right-hand side is error-pass lookahead: it must not move the generic error.
        var save = _pos;
        _exploring++;
        try
        {
            Next();
            if (StartsExpression() && target is not (Ast.List or Ast.Tuple or GeneratorExp) && !IsSingletonConstant(target))
            {
                var rhs = BitwiseOr();
                if (!AtOp("=") && !AtOp(":="))
                {
                    if (target is Name)
                    {
                        return _src.Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            IndexOf(target.Lineno, target.ColOffset), IndexOf(rhs.EndLineno, rhs.EndColOffset));
                    }

                    return ErrorAt(target, $"cannot assign to {ExprName(target)} here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        finally
        {
            _exploring--;
        }

        _pos = save;
        return InvalidSyntax();
    }

    private static bool IsSingletonConstant(ExprNode e) => e is Constant { Value: null or bool };

    /// <summary>
    /// Before a generic error where an expression could start, CPython's error pass parses that
    /// expression (without its error rules) and so reads further tokens; a tokenizer error met
    /// there is what it reports. A failure of the exploration is dropped (the generic error stands).
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
            // The exploration failing leaves the caller's generic error standing; only tokenizer
            // errors met on the way are what CPython reports.
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
            // The second expression is itself broken (CPython parses it without its error rules):
            // the plain error at the first stop stands.
            _pos = save;
            _exploring--;
            throw InvalidSyntax();
        }

        _exploring--;

        throw _src.Error("invalid syntax. Perhaps you forgot a comma?",
            IndexOf(element.Lineno, element.ColOffset), IndexOf(next.EndLineno, next.EndColOffset));
    }

    /// <summary>
    /// A for target not followed by 'in': CPython's invalid_for_target re-reads it as
    /// star_expressions and names what cannot be assigned to; inside brackets that re-reading can
    /// also end in its missing-comma hint. Otherwise the generic error stands.
    /// </summary>
    private PythonSyntaxError InvalidForTarget(int targetStart, bool inBrackets)
    {
        var save = _pos;
        _pos = targetStart;
        ExprNode? reread = null;
        _exploring++;
        try
        {
            reread = StarExpressions();
        }
        catch (PythonSyntaxError e) when (!e.IsTokenizerError)
        {
            // Not even an expression list: the generic error below.
        }
        finally
        {
            _exploring--;
        }

        if (reread is not null)
        {
            if (FindInvalidTarget(reread, ExprContext.Store, forTarget: true) is { } bad)
            {
                return ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
            }

            if (inBrackets)
            {
                CheckMissingComma(reread is Ast.Tuple { Elts.Count: > 0 } tuple ? tuple.Elts[^1] : reread, "\0");
            }
        }

        _pos = save;
        return InvalidSyntax();
    }

    /// <summary>The CPython name of an expression kind in "cannot assign to ..." messages.</summary>
    internal static string ExprName(ExprNode e) => e switch
    {
        Ast.Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        Ast.List => "list",
        Ast.Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisValue } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
