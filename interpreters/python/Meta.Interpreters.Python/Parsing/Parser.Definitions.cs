using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

// Function and class definitions, decorators and the async statement forms.
public sealed partial class Parser
{
    private StmtNode Decorated()
    {
        var decorators = new List<ExprNode>();
        while (AcceptOp("@"))
        {
            var decorator = NamedExpression();
            decorators.Add(decorator);
            if (AtOp("="))
            {
                throw MisusedAssignment(decorator);
            }

            if (Peek().Kind != TokenKind.Newline)
            {
                throw InvalidSyntax();
            }

            Next();
        }

        if (AtKeyword("def"))
        {
            return FunctionDefinition(decorators, null);
        }

        if (AtKeyword("class"))
        {
            return ClassDefinition(decorators);
        }

        if (AtKeyword("async") && Peek(1).Is("def"))
        {
            var a = Next();
            return FunctionDefinition(decorators, a);
        }

        throw InvalidSyntax();
    }

    private StmtNode AsyncStatement(List<ExprNode> decorators)
    {
        var a = Next();
        if (AtKeyword("def"))
        {
            return FunctionDefinition(decorators, a);
        }

        if (AtKeyword("for"))
        {
            return ForStatement(a);
        }

        if (AtKeyword("with"))
        {
            return WithStatement(a);
        }

        throw InvalidSyntax();
    }

    private StmtNode FunctionDefinition(List<ExprNode> decorators, Token? asyncTok)
    {
        var t = Next();
        var name = ExpectName();
        ExpectForced("(");
        var args = Parameters(annotations: true, close: ")");
        ExpectOp(")");
        ExprNode? returns = null;
        if (AcceptOp("->"))
        {
            returns = Expression();
        }

        ExpectForced(":");
        var body = Block("function definition", t);
        return asyncTok is null
            ? EndAt(new FunctionDef(name, args, body, decorators, returns), t)
            : EndAt(new AsyncFunctionDef(name, args, body, decorators, returns), asyncTok);
    }

    private StmtNode ClassDefinition(List<ExprNode> decorators)
    {
        var t = Next();
        var nameTok = Peek();
        var name = ExpectName();
        IReadOnlyList<ExprNode> bases = [];
        IReadOnlyList<Keyword> keywords = [];
        if (AtOp("("))
        {
            var call = CallTrailer(Loc(new Name(name, ExprContext.Load), nameTok), nameTok, allowGenerator: false);
            bases = call.Args;
            keywords = call.Keywords;
        }

        ExpectColon();
        var body = Block("class definition", t);
        return EndAt(new ClassDef(name, bases, keywords, body, decorators), t);
    }
}
