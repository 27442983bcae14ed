using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Parsing;

/// <summary>
/// Recursive descent over the grammar in docs/toylang.md, one method per rule. The first error
/// stops parsing (a ToyError with IsSyntaxError).
/// </summary>
public sealed class Parser
{
    /// <summary>Nesting of blocks and expressions beyond this is an error rather than a stack overflow.</summary>
    public const int MaxNesting = 200;

    private readonly List<Token> _tokens;
    private readonly string _file;
    private int _current;
    private int _nesting;

    private Parser(List<Token> tokens, string file)
    {
        _tokens = tokens;
        _file = file;
    }

    public static List<Stmt> Parse(string source, string file)
    {
        var parser = new Parser(Lexer.Tokenize(source, file), file);
        var program = new List<Stmt>();
        while (!parser.Check(TokenKind.EndOfInput))
        {
            program.Add(parser.Declaration());
        }
        return program;
    }

    private Stmt Declaration()
    {
        var start = Peek();
        if (Match(TokenKind.Var))
        {
            var name = Expect(TokenKind.Identifier, "a variable name after 'var'").Text;
            Expect(TokenKind.Assign, "'=' after the variable name (a var needs a value)");
            var value = Expression();
            Expect(TokenKind.Semicolon, "';' after the variable declaration");
            return new VarDecl(name, value, start.Line, start.Column);
        }
        if (Check(TokenKind.Fun) && PeekAt(1).Kind == TokenKind.Identifier)
        {
            Advance();
            var name = Advance().Text;
            return new FunDecl(name, FunctionRest(name, start), start.Line, start.Column);
        }
        if (Match(TokenKind.Record))
        {
            var name = Expect(TokenKind.Identifier, "a record name after 'record'").Text;
            var fields = Parameters("field");
            Expect(TokenKind.Semicolon, "';' after the record declaration");
            return new RecordDecl(name, fields, start.Line, start.Column);
        }
        return Statement();
    }

    private Stmt Statement()
    {
        var start = Peek();
        switch (start.Kind)
        {
            case TokenKind.If:
                return IfStatement();
            case TokenKind.While:
                Advance();
                var condition = Expression();
                return new While(condition, Block(), start.Line, start.Column);
            case TokenKind.For:
                Advance();
                var name = Expect(TokenKind.Identifier, "a loop variable after 'for'").Text;
                Expect(TokenKind.In, "'in' after the loop variable");
                var iterable = Expression();
                return new For(name, iterable, Block(), start.Line, start.Column);
            case TokenKind.Break:
                Advance();
                Expect(TokenKind.Semicolon, "';' after 'break'");
                return new Break(start.Line, start.Column);
            case TokenKind.Continue:
                Advance();
                Expect(TokenKind.Semicolon, "';' after 'continue'");
                return new Continue(start.Line, start.Column);
            case TokenKind.Return:
                Advance();
                var value = Check(TokenKind.Semicolon) ? null : Expression();
                Expect(TokenKind.Semicolon, "';' after the return value");
                return new Return(value, start.Line, start.Column);
            case TokenKind.LeftBrace:
                return Block();
            default:
                var expression = Expression();
                if (Check(TokenKind.Assign))
                {
                    var equals = Advance();
                    if (expression is not (Variable or Subscript or FieldGet))
                    {
                        throw Error(equals, "cannot assign to this: the left of '=' must be a variable, an index or a field");
                    }
                    var assigned = Expression();
                    Expect(TokenKind.Semicolon, "';' after the assignment");
                    return new Assign(expression, assigned, equals.Line, equals.Column);
                }
                Expect(TokenKind.Semicolon, "';' after the expression");
                return new ExpressionStmt(expression, start.Line, start.Column);
        }
    }

    private If IfStatement()
    {
        var start = Expect(TokenKind.If, "'if'");
        var condition = Expression();
        var then = Block();
        Stmt? otherwise = null;
        if (Match(TokenKind.Else))
        {
            otherwise = Check(TokenKind.If) ? IfStatement() : Block();
        }
        return new If(condition, then, otherwise, start.Line, start.Column);
    }

    private Block Block()
    {
        var open = Expect(TokenKind.LeftBrace, "'{'");
        Enter(open);
        var statements = new List<Stmt>();
        while (!Check(TokenKind.RightBrace))
        {
            if (Check(TokenKind.EndOfInput))
            {
                throw Error(Peek(), "expected '}' to close the block");
            }
            statements.Add(Declaration());
        }
        Advance();
        _nesting--;
        return new Block(statements, open.Line, open.Column);
    }

    // After 'fun' and the name (if any): the parameters and the body.
    private FunctionBody FunctionRest(string name, Token start)
    {
        var parameters = Parameters("parameter");
        return new FunctionBody(name, parameters, Block(), start.Line, start.Column);
    }

    private List<string> Parameters(string what)
    {
        Expect(TokenKind.LeftParen, $"'(' before the {what}s");
        var names = new List<string>();
        if (!Check(TokenKind.RightParen))
        {
            do
            {
                var name = Expect(TokenKind.Identifier, $"a {what} name");
                if (names.Contains(name.Text))
                {
                    throw Error(name, $"duplicate {what} '{name.Text}'");
                }
                names.Add(name.Text);
            }
            while (Match(TokenKind.Comma));
        }
        Expect(TokenKind.RightParen, $"')' after the {what}s");
        return names;
    }

    private Expr Expression()
    {
        Enter(Peek());
        var expression = Or();
        _nesting--;
        return expression;
    }

    private Expr Or()
    {
        var left = And();
        while (Check(TokenKind.Or))
        {
            var op = Advance();
            left = new Logical(op.Kind, left, And(), op.Line, op.Column);
        }
        return left;
    }

    private Expr And()
    {
        var left = Equality();
        while (Check(TokenKind.And))
        {
            var op = Advance();
            left = new Logical(op.Kind, left, Equality(), op.Line, op.Column);
        }
        return left;
    }

    private Expr Equality() => BinaryLevel(Comparison, TokenKind.EqualEqual, TokenKind.BangEqual);

    private Expr Comparison() => BinaryLevel(Term, TokenKind.Less, TokenKind.LessEqual, TokenKind.Greater, TokenKind.GreaterEqual);

    private Expr Term() => BinaryLevel(Factor, TokenKind.Plus, TokenKind.Minus);

    private Expr Factor() => BinaryLevel(UnaryExpression, TokenKind.Star, TokenKind.Slash, TokenKind.Percent);

    // One precedence level of left-associative binary operators.
    private Expr BinaryLevel(Func<Expr> operand, params TokenKind[] operators)
    {
        var left = operand();
        while (operators.Contains(Peek().Kind))
        {
            var op = Advance();
            left = new Binary(op.Kind, left, operand(), op.Line, op.Column);
        }
        return left;
    }

    private Expr UnaryExpression()
    {
        if (Check(TokenKind.Minus) || Check(TokenKind.Bang))
        {
            var op = Advance();
            Enter(op);
            var operand = UnaryExpression();
            _nesting--;
            return new Unary(op.Kind, operand, op.Line, op.Column);
        }
        return Postfix();
    }

    private Expr Postfix()
    {
        var expression = Primary();
        while (true)
        {
            if (Check(TokenKind.LeftParen))
            {
                Advance();
                var arguments = new List<Expr>();
                if (!Check(TokenKind.RightParen))
                {
                    do
                    {
                        arguments.Add(Expression());
                    }
                    while (Match(TokenKind.Comma));
                }
                Expect(TokenKind.RightParen, "')' after the arguments");
                expression = new Call(expression, arguments, expression.Line, expression.Column);
            }
            else if (Check(TokenKind.LeftBracket))
            {
                var open = Advance();
                var key = Expression();
                Expect(TokenKind.RightBracket, "']' after the index");
                expression = new Subscript(expression, key, open.Line, open.Column);
            }
            else if (Match(TokenKind.Dot))
            {
                var name = Expect(TokenKind.Identifier, "a field name after '.'");
                expression = new FieldGet(expression, name.Text, name.Line, name.Column);
            }
            else
            {
                return expression;
            }
        }
    }

    private Expr Primary()
    {
        var token = Advance();
        switch (token.Kind)
        {
            case TokenKind.Int:
                return new IntLiteral((long)token.Literal!, token.Line, token.Column);
            case TokenKind.Float:
                return new FloatLiteral((double)token.Literal!, token.Line, token.Column);
            case TokenKind.String:
                return new StringLiteral((string)token.Literal!, token.Line, token.Column);
            case TokenKind.True:
                return new BoolLiteral(true, token.Line, token.Column);
            case TokenKind.False:
                return new BoolLiteral(false, token.Line, token.Column);
            case TokenKind.Nil:
                return new NilLiteral(token.Line, token.Column);
            case TokenKind.Identifier:
                return new Variable(token.Text, token.Line, token.Column);
            case TokenKind.LeftParen:
                var inner = Expression();
                Expect(TokenKind.RightParen, "')' to close the parenthesis");
                return inner;
            case TokenKind.LeftBracket:
                var items = new List<Expr>();
                while (!Check(TokenKind.RightBracket))
                {
                    items.Add(Expression());
                    if (!Match(TokenKind.Comma))
                    {
                        break;
                    }
                }
                Expect(TokenKind.RightBracket, "']' to close the list");
                return new ListLiteral(items, token.Line, token.Column);
            case TokenKind.LeftBrace:
                var entries = new List<(Expr, Expr)>();
                while (!Check(TokenKind.RightBrace))
                {
                    var key = Expression();
                    Expect(TokenKind.Colon, "':' after the map key");
                    entries.Add((key, Expression()));
                    if (!Match(TokenKind.Comma))
                    {
                        break;
                    }
                }
                Expect(TokenKind.RightBrace, "'}' to close the map");
                return new MapLiteral(entries, token.Line, token.Column);
            case TokenKind.Fun:
                return new FunctionExpr(FunctionRest("fun", token), token.Line, token.Column);
            default:
                throw Error(token, token.Kind == TokenKind.EndOfInput ? "unexpected end of input" : $"unexpected '{token.Text}'");
        }
    }

    private void Enter(Token at)
    {
        if (++_nesting > MaxNesting)
        {
            throw Error(at, $"nesting deeper than {MaxNesting} levels");
        }
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Check(kind))
        {
            return Advance();
        }
        var found = Peek();
        var message = $"expected {what}, found {(found.Kind == TokenKind.EndOfInput ? "end of input" : $"'{found.Text}'")}";
        if (kind == TokenKind.Semicolon && _current > 0)
        {
            // A missing ';' is missing right after the previous token, not where the next one starts.
            var previous = _tokens[_current - 1];
            throw ToyError.Syntax(message, _file, previous.Line, previous.Column + previous.Text.Length, atEnd: found.Kind == TokenKind.EndOfInput);
        }
        throw Error(found, message);
    }

    private ToyError Error(Token at, string message) =>
        ToyError.Syntax(message, _file, at.Line, at.Column, atEnd: at.Kind == TokenKind.EndOfInput);

    private bool Match(TokenKind kind)
    {
        if (!Check(kind))
        {
            return false;
        }
        Advance();
        return true;
    }

    private bool Check(TokenKind kind) => Peek().Kind == kind;

    private Token Peek() => _tokens[_current];

    private Token PeekAt(int offset) => _tokens[Math.Min(_current + offset, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = _tokens[_current];
        if (token.Kind != TokenKind.EndOfInput)
        {
            _current++;
        }
        return token;
    }
}
