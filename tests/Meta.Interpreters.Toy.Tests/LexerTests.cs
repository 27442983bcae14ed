using Meta.Interpreters.Toy.Parsing;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Tests;

public class LexerTests
{
    private static List<Token> Lex(string source) => Lexer.Tokenize(source, "t.toy");

    [Fact]
    public void Tokens_carry_kind_text_and_position()
    {
        var tokens = Lex("var x = 10;\n  print(x);");
        Assert.Equal(
            [TokenKind.Var, TokenKind.Identifier, TokenKind.Assign, TokenKind.Int, TokenKind.Semicolon,
             TokenKind.Identifier, TokenKind.LeftParen, TokenKind.Identifier, TokenKind.RightParen, TokenKind.Semicolon, TokenKind.EndOfInput],
            tokens.Select(t => t.Kind));
        Assert.Equal((2, 3), (tokens[5].Line, tokens[5].Column));
        Assert.Equal(10L, tokens[3].Literal);
    }

    [Theory]
    [InlineData("<= >= == != < > = !", new[] { TokenKind.LessEqual, TokenKind.GreaterEqual, TokenKind.EqualEqual, TokenKind.BangEqual, TokenKind.Less, TokenKind.Greater, TokenKind.Assign, TokenKind.Bang })]
    [InlineData("and or nil true false record fun", new[] { TokenKind.And, TokenKind.Or, TokenKind.Nil, TokenKind.True, TokenKind.False, TokenKind.Record, TokenKind.Fun })]
    [InlineData("a // comment ; ignored\nb", new[] { TokenKind.Identifier, TokenKind.Identifier })]
    public void Operators_keywords_and_comments(string source, TokenKind[] expected)
    {
        Assert.Equal(expected.Append(TokenKind.EndOfInput), Lex(source).Select(t => t.Kind));
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("2e3", 2000.0)]
    [InlineData("1.25E-2", 0.0125)]
    [InlineData("0.1", 0.1)]
    public void Float_literals(string source, double value)
    {
        var token = Lex(source)[0];
        Assert.Equal(TokenKind.Float, token.Kind);
        Assert.Equal(value, token.Literal);
    }

    [Fact]
    public void A_dot_after_an_int_is_field_access_punctuation_not_a_fraction()
    {
        Assert.Equal([TokenKind.Int, TokenKind.Dot, TokenKind.Identifier, TokenKind.EndOfInput], Lex("1.x").Select(t => t.Kind));
    }

    [Fact]
    public void The_largest_int_literal_fits_and_the_next_does_not()
    {
        Assert.Equal(long.MaxValue, Lex("9223372036854775807")[0].Literal);
        var error = Assert.Throws<ToyError>(() => Lex("9223372036854775808"));
        Assert.Equal("t.toy:1:1: error: integer literal 9223372036854775808 does not fit in 64 bits", error.Format());
    }

    [Fact]
    public void String_escapes_are_decoded()
    {
        Assert.Equal("a\"b\\c\nd\te", Lex("\"a\\\"b\\\\c\\nd\\te\"")[0].Literal);
    }

    [Theory]
    [InlineData("\"abc", "1:1: error: unterminated string", true)]
    [InlineData("\"abc\nx\"", "1:1: error: unterminated string", false)]
    [InlineData("\"a\\qb\"", "1:3: error: unknown escape '\\q'", false)]
    [InlineData("x = 1 @ 2", "1:7: error: unexpected character '@'", false)]
    [InlineData("12abc", "1:1: error: bad number '12a'", false)]
    public void Lexical_errors_have_positions(string source, string expected, bool atEnd)
    {
        var error = Assert.Throws<ToyError>(() => Lex(source));
        Assert.Equal("t.toy:" + expected, error.Format());
        Assert.True(error.IsSyntaxError);
        Assert.Equal(atEnd, error.AtEndOfInput);
    }
}
