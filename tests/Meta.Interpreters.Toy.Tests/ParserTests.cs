using Meta.Interpreters.Toy.Parsing;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Tests;

public class ParserTests
{
    private static List<Stmt> Parse(string source) => Parser.Parse(source, "t.toy");

    // As an initializer: a statement that starts with '{' is a block, not a map.
    private static Expr ParseExpression(string source) => ((VarDecl)Parse("var e = " + source + ";")[0]).Value;

    [Fact]
    public void Multiplication_binds_tighter_than_addition_and_both_associate_left()
    {
        var e = (Binary)ParseExpression("1 - 2 - 3 * 4");
        Assert.Equal(TokenKind.Minus, e.Operator);
        Assert.IsType<Binary>(e.Left);
        Assert.Equal(TokenKind.Minus, ((Binary)e.Left).Operator);
        Assert.Equal(TokenKind.Star, ((Binary)e.Right).Operator);
    }

    [Fact]
    public void Comparison_binds_tighter_than_and_which_binds_tighter_than_or()
    {
        var e = (Logical)ParseExpression("a < b or c and d == e");
        Assert.Equal(TokenKind.Or, e.Operator);
        Assert.IsType<Binary>(e.Left);
        var right = (Logical)e.Right;
        Assert.Equal(TokenKind.And, right.Operator);
        Assert.Equal(TokenKind.EqualEqual, ((Binary)right.Right).Operator);
    }

    [Fact]
    public void Postfix_chains_call_index_and_field()
    {
        var e = (FieldGet)ParseExpression("f(1, 2)[0].name");
        Assert.Equal("name", e.Name);
        var index = (Subscript)e.Target;
        var call = (Call)index.Container;
        Assert.Equal(2, call.Arguments.Count);
    }

    [Fact]
    public void Unary_minus_applies_before_binary_operators()
    {
        var e = (Binary)ParseExpression("-a * -b");
        Assert.IsType<Unary>(e.Left);
        Assert.IsType<Unary>(e.Right);
    }

    [Fact]
    public void Literals_allow_a_trailing_comma()
    {
        Assert.Equal(2, ((ListLiteral)ParseExpression("[1, 2,]")).Items.Count);
        Assert.Single(((MapLiteral)ParseExpression("{\"a\": 1,}")).Entries);
        Assert.Empty(((MapLiteral)ParseExpression("{}")).Entries);
    }

    [Fact]
    public void A_statement_starting_with_a_brace_is_a_block()
    {
        Assert.IsType<Block>(Parse("{ print(1); }")[0]);
        Assert.IsType<ExpressionStmt>(Parse("({\"a\": 1});")[0]);
    }

    [Fact]
    public void Declarations_and_else_if_chains()
    {
        var program = Parse("record P(x, y); fun f(a) { if a { return 1; } else if b { return; } else { } } var v = fun() {};");
        Assert.Equal(["x", "y"], ((RecordDecl)program[0]).Fields);
        var body = ((FunDecl)program[1]).Function.Body.Statements;
        var chain = (If)body[0];
        Assert.IsType<If>(chain.Else);
        Assert.IsType<Block>(((If)chain.Else!).Else);
        Assert.IsType<FunctionExpr>(((VarDecl)program[2]).Value);
    }

    [Theory]
    [InlineData("var x = 1", "1:10: error: expected ';' after the variable declaration, found end of input", true)]
    [InlineData("var = 1;", "1:5: error: expected a variable name after 'var', found '='", false)]
    [InlineData("var x;", "1:6: error: expected '=' after the variable name (a var needs a value), found ';'", false)]
    [InlineData("1 + 2 = 3;", "1:7: error: cannot assign to this: the left of '=' must be a variable, an index or a field", false)]
    [InlineData("if x { print(1);", "1:17: error: expected '}' to close the block", true)]
    [InlineData("fun f(a, a) {}", "1:10: error: duplicate parameter 'a'", false)]
    [InlineData("if x print(1);", "1:6: error: expected '{', found 'print'", false)]
    [InlineData("print(1 +);", "1:10: error: unexpected ')'", false)]
    [InlineData("[1, 2", "1:6: error: expected ']' to close the list, found end of input", true)]
    public void Syntax_errors_say_what_was_expected_and_where(string source, string expected, bool atEnd)
    {
        var error = Assert.Throws<ToyError>(() => Parse(source));
        Assert.Equal("t.toy:" + expected, error.Format());
        Assert.Equal(atEnd, error.AtEndOfInput);
    }

    [Fact]
    public void Deep_nesting_is_a_syntax_error_not_a_crash()
    {
        var deep = new string('(', 5000) + "1" + new string(')', 5000) + ";";
        var error = Assert.Throws<ToyError>(() => Parse(deep));
        Assert.Contains("nesting deeper than", error.Message);
        var chain = string.Concat(Enumerable.Repeat("-", 5000)) + "1;";
        Assert.Throws<ToyError>(() => Parse(chain));
    }

    [Fact]
    public void Long_flat_expressions_are_fine()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("1", 20000)) + ";";
        Assert.Single(Parse(sum));
    }
}
