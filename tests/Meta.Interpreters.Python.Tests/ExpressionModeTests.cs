using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Parsing;

namespace Meta.Interpreters.Python.Tests;

/// <summary>
/// <c>ParseExpression</c> (ast.parse mode='eval') yields Expression(body=...) with the same tree an
/// expression statement gets in exec mode, and rejects statements.
/// </summary>
public sealed class ExpressionModeTests
{
    [Theory]
    [InlineData("a + 1")]
    [InlineData("f(x, *y, k=1) if z else [i for i in w]")]
    [InlineData("lambda a, /, b=2, *c, d: (yield_ := d)")]
    [InlineData("1, 2, *rest")]
    [InlineData("f'{x!r:>{w}}' 'tail'")]
    [InlineData("(\n  a\n  + b\n)\n\n")]
    public void Eval_mode_matches_the_expression_statement(string source)
    {
        var module = Parser.ParseModule(source);
        var statement = Assert.IsType<Expr>(Assert.Single(module.Body));
        var expression = Parser.ParseExpression(source);
        Assert.Equal(
            "Expression(body=" + AstDumper.Dump(statement.Value, includeAttributes: true) + ")",
            AstDumper.Dump(expression, includeAttributes: true));
    }

    [Theory]
    [InlineData("x = 1")]
    [InlineData("pass")]
    [InlineData("a\nb")]
    public void Eval_mode_rejects_statements(string source) =>
        Assert.Throws<PythonSyntaxError>(() => Parser.ParseExpression(source));
}
