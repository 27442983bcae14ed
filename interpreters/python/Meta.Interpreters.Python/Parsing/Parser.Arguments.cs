using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// Call arguments, function and lambda parameter lists, lambda expressions.
public sealed partial class Parser
{
    private Call CallTrailer(ExprNode func, Token startTok, bool allowGenerator = true)
    {
        using var guard = Enter();
        var open = Next();
        var args = new List<ExprNode>();
        var keywords = new List<Keyword>();
        var seenKeyword = false;
        var seenDoubleStar = false;
        string? pendingError = null;
        while (!AtOp(")"))
        {
            var start = Peek();
            ExprNode? lastValue;
            if (AtOp("*"))
            {
                Next();
                var value = Expression();
                if (seenDoubleStar && pendingError is null)
                {
                    throw _src.Error("iterable argument unpacking follows keyword argument unpacking", start.Start, Previous.End);
                }

                args.Add(Loc(new Starred(value, ExprContext.Load), start));
                lastValue = value;
            }
            else if (AtOp("**"))
            {
                Next();
                var value = Expression();
                keywords.Add(Loc(new Keyword(null, value), start));
                seenDoubleStar = true;
                lastValue = value;
            }
            else if (start.Kind == TokenKind.Name && Peek(1).Is("="))
            {
                Next();
                Next();
                var value = Expression();
                if (AtKeyword("for") || (AtKeyword("async") && Peek(1).Is("for")))
                {
                    throw _src.Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start.Start, start.End + 1);
                }

                keywords.Add(Loc(new Keyword(Identifier(start), value), start));
                seenKeyword = true;
                lastValue = value;
            }
            else if (start.Kind == TokenKind.Keyword && start.Text is "True" or "False" or "None" && Peek(1).Is("="))
            {
                throw _src.Error($"cannot assign to {start.Text}", start.Start, Peek(1).End);
            }
            else
            {
                var e = NamedExpression();
                if (AtKeyword("for") || (AtKeyword("async") && Peek(1).Is("for")))
                {
                    if (!allowGenerator)
                    {
                        throw InvalidSyntax();
                    }

                    var gens = ComprehensionClauses();
                    var sole = args.Count == 0 && keywords.Count == 0 && AtOp(")");
                    if (!sole)
                    {
                        // CPython names the mistake only when a comma shows the genexp shares the call.
                        throw AtOp(",") ? _src.Error("Generator expression must be parenthesized", start.Start, Previous.End) : InvalidSyntax();
                    }

                    var genexp = new GeneratorExp(e, gens);
                    Loc(genexp, open);
                    genexp.EndColOffset = Peek().EndCol;
                    genexp.EndLineno = Peek().EndLine;
                    args.Add(genexp);
                    continue;
                }

                if (AtOp("="))
                {
                    throw _src.Error("expression cannot contain assignment, perhaps you meant \"==\"?", start.Start, Peek().End);
                }

                if (seenDoubleStar)
                {
                    pendingError ??= "positional argument follows keyword argument unpacking";
                }
                else if (seenKeyword)
                {
                    pendingError ??= "positional argument follows keyword argument";
                }

                args.Add(e);
                lastValue = e;
            }

            if (!AcceptOp(","))
            {
                if (!AtOp(")"))
                {
                    CheckMissingComma(lastValue!, ")");
                    if (pendingError is not null)
                    {
                        // CPython's argument checks run on what parsed before the stray token.
                        throw ErrorAtToken(Peek(), pendingError);
                    }

                    throw InvalidSyntax();
                }

                break;
            }
        }

        var close = ExpectOp(")");
        if (pendingError is not null)
        {
            throw ErrorAt(close, pendingError);
        }

        return Loc(new Call(func, args, keywords), startTok);
    }

    /// <summary>lambdef: 'lambda' [lambda_params] ':' expression.</summary>
    private ExprNode LambdaExpression()
    {
        var start = Next();
        var args = Parameters(annotations: false, close: ":");
        ExpectOp(":");
        var body = Expression();
        return Loc(new Lambda(args, body), start);
    }

    /// <summary>
    /// A parameter list up to (not including) <paramref name="close"/>: positional-only before '/',
    /// keyword-only after '*', defaults, *args and **kwargs, with CPython's messages for misplaced parts.
    /// </summary>
    private Arguments Parameters(bool annotations, string close)
    {
        var posOnly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<ExprNode>();
        Arg? varArg = null;
        var kwOnly = new List<Arg>();
        var kwDefaults = new List<ExprNode?>();
        Arg? kwArg = null;
        bool seenSlash = false, seenStar = false, seenDefault = false;
        while (!AtOp(close))
        {
            var t = Peek();
            if (kwArg is not null)
            {
                throw ErrorAt(t, "arguments cannot follow var-keyword argument");
            }

            if (AtOp("/"))
            {
                if (seenSlash)
                {
                    throw ErrorAt(t, "/ may appear only once");
                }

                if (seenStar)
                {
                    throw ErrorAt(t, "/ must be ahead of *");
                }

                if (args.Count == 0)
                {
                    throw InvalidSyntax();
                }

                Next();
                posOnly.AddRange(args);
                args.Clear();
                seenSlash = true;
            }
            else if (AtOp("*"))
            {
                if (seenStar)
                {
                    throw ErrorAt(t, "* argument may appear only once");
                }

                Next();
                seenStar = true;
                if (Peek().Kind == TokenKind.Name)
                {
                    varArg = Parameter(annotations, allowStarred: true);
                    if (AtOp("="))
                    {
                        throw ErrorAt(Peek(), "var-positional argument cannot have default value");
                    }
                }
                else if (AtOp(close) || (AtOp(",") && (Peek(1).Is(close) || Peek(1).Is("**"))))
                {
                    throw ErrorAt(t, "named arguments must follow bare *");
                }
            }
            else if (AtOp("**"))
            {
                Next();
                kwArg = Parameter(annotations, allowStarred: false);
                if (AtOp("="))
                {
                    throw ErrorAt(Peek(), "var-keyword argument cannot have default value");
                }
            }
            else if (t.Kind == TokenKind.Name)
            {
                var p = Parameter(annotations, allowStarred: false);
                ExprNode? d = null;
                if (AcceptOp("="))
                {
                    d = Expression();
                }

                if (seenStar)
                {
                    kwOnly.Add(p);
                    kwDefaults.Add(d);
                }
                else
                {
                    if (d is not null)
                    {
                        defaults.Add(d);
                        seenDefault = true;
                    }
                    else if (seenDefault)
                    {
                        throw ErrorAt(p, "non-default argument follows default argument");
                    }

                    args.Add(p);
                }
            }
            else if (AtOp("("))
            {
                throw ParenthesizedParameters(annotations);
            }
            else
            {
                throw InvalidSyntax();
            }

            if (!AcceptOp(","))
            {
                break;
            }
        }

        if (!AtOp(close))
        {
            throw InvalidSyntax();
        }

        return new Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults);
    }

    /// <summary>CPython 3.11's message for <c>def f((a, b))</c> and <c>lambda (a): 0</c>; plain invalid syntax otherwise.</summary>
    private PythonSyntaxError ParenthesizedParameters(bool function)
    {
        var open = Peek();
        var i = 1;
        var names = 0;
        while (Peek(i).Kind == TokenKind.Name)
        {
            names++;
            i++;
            if (!Peek(i).Is(","))
            {
                break;
            }

            i++;
        }

        if (names > 0 && Peek(i).Is(")"))
        {
            return _src.Error(function ? "Function parameters cannot be parenthesized" : "Lambda expression parameters cannot be parenthesized", open.Start, Peek(i).End);
        }

        return InvalidSyntax();
    }

    private Arg Parameter(bool annotations, bool allowStarred)
    {
        var nameTok = Next();
        ExprNode? annotation = null;
        if (annotations && AcceptOp(":"))
        {
            if (allowStarred && AtOp("*"))
            {
                var star = Next();
                var value = Expression();
                annotation = Loc(new Starred(value, ExprContext.Load), star);
            }
            else
            {
                annotation = Expression();
            }
        }

        return Loc(new Arg(Identifier(nameTok), annotation), nameTok);
    }
}
