using System.Runtime.CompilerServices;
using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>
/// Hand-written recursive-descent parser for the Python 3.11 grammar (CPython's Grammar/python.gram),
/// producing CPython's AST. This file holds the entry points and token plumbing; the grammar
/// areas live in the other Parser.*.cs files.
/// </summary>
public sealed partial class Parser
{
    /// <summary>
    /// Bound on nested expression/statement recursion. CPython fails with RecursionError around
    /// this depth; we report a SyntaxError instead of overflowing the .NET stack.
    /// </summary>
    private const int MaxDepth = 1000;

    private readonly Tokenizer _tokenizer;
    private readonly SourceText _src;
    private readonly List<Token> _tokens = [];
    private int _pos;
    private int _depth;

    /// <summary>Number of tokens the parser proper has looked at (CPython reports generic errors at the last one).</summary>
    private int _furthest;

    /// <summary>Above zero while emulating CPython's error pass, whose lookahead does not move <see cref="_furthest"/>.</summary>
    private int _exploring;

    private Parser(SourceText source)
    {
        _src = source;
        _tokenizer = new Tokenizer(source);
    }

    /// <summary>Parses a module from text, as <c>ast.parse(source)</c>.</summary>
    public static Module ParseModule(string source, string fileName = "<unknown>") =>
        Run(source, fileName, p => p.FileInput());

    /// <summary>Parses an expression, as <c>ast.parse(source, mode='eval')</c>.</summary>
    public static Expression ParseExpression(string source, string fileName = "<unknown>") =>
        Run(source, fileName, p => p.EvalInput());

    private static T Run<T>(string source, string fileName, Func<Parser, T> rule)
    {
        if (source.Contains('\0'))
        {
            throw new PythonSyntaxError("source code string cannot contain null bytes", fileName, 1, 1, 1, 1, null);
        }

        var parser = new Parser(new SourceText(source, fileName));
        try
        {
            return rule(parser);
        }
        catch (PythonSyntaxError e) when (!e.IsTokenizerError && e.Msg is not ("unexpected indent" or "unexpected unindent"))
        {
            // CPython tokenizes the rest of the input after a parser error; a tokenizer error
            // found there is reported instead (an unclosed bracket only under the condition of
            // TokenizerErrorInRest).
            throw parser.TokenizerErrorInRest() ?? e;
        }
    }

    /// <summary>
    /// Reads the remaining tokens; returns the tokenizer error they contain, if it is one CPython
    /// raises on the spot (indentation and line-continuation errors are not), or an unclosed bracket
    /// opened before the line of the last token the parser had read.
    /// </summary>
    private PythonSyntaxError? TokenizerErrorInRest()
    {
        var lastLine = _tokens.Count > 0 ? _tokens[^1].Line : 1;
        try
        {
            while (_tokenizer.Next().Kind != TokenKind.EndMarker)
            {
                // Only the tokenizer's verdict on the rest matters.
            }

            return null;
        }
        catch (PythonSyntaxError e) when (e.IsTokenizerError)
        {
            if (e is PythonIndentationError || e.Msg is "unexpected character after line continuation character" or "unexpected EOF while parsing")
            {
                return null;
            }

            if (!e.Msg.EndsWith("was never closed", StringComparison.Ordinal))
            {
                return e;
            }

            // CPython reports the bracket only if it opened before the line of the last token read.
            return e.Line < lastLine ? e : null;
        }
    }

    /// <summary>Parses a module from bytes, honouring a BOM or a coding declaration as CPython does.</summary>
    public static Module ParseModule(byte[] source, string fileName = "<unknown>") =>
        ParseModule(SourceDecoder.Decode(source, fileName), fileName);

    /// <summary>
    /// Parses the expression of an f-string replacement field, wrapped in parentheses as CPython 3.11
    /// does, then moves the node positions to where the text sits in the enclosing source.
    /// </summary>
    internal static ExprNode ParseFStringExpression(string text, SourceText outer, int outerIndex)
    {
        var inner = new SourceText("(" + text + ")", outer.FileName);
        var e = new Parser(inner).EvalInput().Body;
        LocationShift.Apply(e, inner, outer, outerIndex - 1);
        return e;
    }

    private Module FileInput()
    {
        var body = new List<StmtNode>();
        while (Peek().Kind != TokenKind.EndMarker)
        {
            Statement(body);
        }

        return new Module(body, []);
    }

    private Expression EvalInput()
    {
        var e = StarExpressions();
        while (Peek().Kind == TokenKind.Newline)
        {
            Next();
        }

        if (Peek().Kind != TokenKind.EndMarker)
        {
            throw InvalidSyntax();
        }

        return new Expression(e);
    }

    // ---- token access ----

    private Token Peek(int k = 0)
    {
        while (_tokens.Count <= _pos + k)
        {
            if (_tokens.Count > 0 && _tokens[^1].Kind == TokenKind.EndMarker)
            {
                return _tokens[^1];
            }

            _tokens.Add(_tokenizer.Next());
        }

        if (_exploring == 0 && _pos + k + 1 > _furthest)
        {
            _furthest = _pos + k + 1;
        }

        return _tokens[_pos + k];
    }

    private Token Next()
    {
        var t = Peek();
        if (t.Kind != TokenKind.EndMarker)
        {
            _pos++;
        }

        return t;
    }

    private Token Previous => _tokens[Math.Max(0, _pos - 1)];

    private bool AtOp(string op) => Peek().Kind == TokenKind.Op && Peek().Text == op;

    private bool AtKeyword(string kw) => Peek().Kind == TokenKind.Keyword && Peek().Text == kw;

    /// <summary>A soft keyword (match, case, _) is a NAME with that text.</summary>
    private bool AtSoftKeyword(string kw) => Peek().Kind == TokenKind.Name && Peek().Text == kw;

    private bool AcceptOp(string op)
    {
        if (AtOp(op))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool AcceptKeyword(string kw)
    {
        if (AtKeyword(kw))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private Token ExpectOp(string op)
    {
        if (!AtOp(op))
        {
            throw InvalidSyntax();
        }

        return Next();
    }

    /// <summary>
    /// PEG ordered choice inside a rule: the rest of a longer alternative failed plainly (not a
    /// tokenizer error nor a specific message), so the caller rewinds and keeps its shorter match
    /// as CPython's parser does. Generic errors raised later still point at the furthest token
    /// read (<see cref="_furthest"/>), so nothing is lost by rewinding.
    /// </summary>
    private static bool IsPlainFailure(PythonSyntaxError e) => !e.IsTokenizerError && e.Msg == "invalid syntax";

    /// <summary>Parses an operand after an operator; null (rewound to <paramref name="save"/>) on a plain failure.</summary>
    private ExprNode? OperandOrRewind(int save, OperandRule rule)
    {
        try
        {
            return rule switch
            {
                OperandRule.Conjunction => Conjunction(),
                OperandRule.Inversion => Inversion(),
                OperandRule.BitwiseOr => BitwiseOr(),
                OperandRule.BitwiseXor => BitwiseXor(),
                OperandRule.BitwiseAnd => BitwiseAnd(),
                OperandRule.ShiftExpr => ShiftExpr(),
                OperandRule.Sum => Sum(),
                OperandRule.Term => Term(),
                _ => Factor(),
            };
        }
        catch (PythonSyntaxError e) when (IsPlainFailure(e))
        {
            _pos = save;
            return null;
        }
    }

    /// <summary>The grammar rules that follow an operator (no delegate allocation per operator).</summary>
    private enum OperandRule
    {
        Conjunction,
        Inversion,
        BitwiseOr,
        BitwiseXor,
        BitwiseAnd,
        ShiftExpr,
        Sum,
        Term,
        Factor,
    }

    /// <summary>CPython's forced tokens (<c>&amp;&amp;'('</c>): a missing one is "expected '('" at whatever token stands there.</summary>
    private Token ExpectForced(string op)
    {
        if (!AtOp(op))
        {
            throw ErrorAtToken(Peek(), $"expected '{op}'");
        }

        return Next();
    }

    /// <summary>
    /// The ':' of if/elif/while/for/with/except/case: CPython says "expected ':'" only when the
    /// line ends there, "invalid syntax" otherwise.
    /// </summary>
    private Token ExpectColon()
    {
        if (AtOp(":"))
        {
            return Next();
        }

        if (Peek().Kind == TokenKind.Newline)
        {
            throw ErrorAtToken(Peek(), "expected ':'");
        }

        ExploreAfterError();
        throw InvalidSyntax();
    }

    private Token ExpectKeyword(string kw)
    {
        if (!AtKeyword(kw))
        {
            throw InvalidSyntax();
        }

        return Next();
    }

    private string ExpectName()
    {
        if (Peek().Kind != TokenKind.Name)
        {
            throw InvalidSyntax();
        }

        return Identifier(Next());
    }

    /// <summary>Identifiers are NFKC-normalized, as CPython's parser does for non-ASCII names.</summary>
    private static string Identifier(Token t)
    {
        foreach (var c in t.Text)
        {
            if (c >= 0x80)
            {
                return Text.UnicodeData.NormalizeNfkc(t.Text);
            }
        }

        return t.Text;
    }

    // ---- errors ----

    /// <summary>The generic "invalid syntax", at the furthest token the parser has looked at (as CPython's first pass).</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        var tok = Peek();
        if (_furthest > 0 && _furthest <= _tokens.Count)
        {
            tok = _tokens[_furthest - 1];
        }

        if (tok.Kind == TokenKind.Indent)
        {
            return UnexpectedIndent(tok);
        }

        if (tok.Kind == TokenKind.Dedent)
        {
            return ErrorAtToken(tok, "unexpected unindent", SyntaxErrorKind.Indentation);
        }

        if (tok.Kind == TokenKind.EndMarker)
        {
            return _src.Error("unexpected EOF while parsing", tok.Start, tok.Start);
        }

        return _src.Error("invalid syntax", tok.Start, tok.End);
    }

    /// <summary>CPython puts the offset of "unexpected indent" on the last character of the indentation.</summary>
    private PythonSyntaxError UnexpectedIndent(Token indent) => ErrorAtToken(indent, "unexpected indent", SyntaxErrorKind.Indentation);

    private PythonSyntaxError ErrorAt(Node node, string message) =>
        _src.Error(message, IndexOf(node.Lineno, node.ColOffset), IndexOf(node.EndLineno, node.EndColOffset));

    private PythonSyntaxError ErrorAt(Token tok, string message) => _src.Error(message, tok.Start, tok.End);

    /// <summary>
    /// An error located at a token. INDENT and DEDENT have no position in CPython: it reports the
    /// tokenizer's cursor column instead, without the usual +1.
    /// </summary>
    private PythonSyntaxError ErrorAtToken(Token tok, string message, SyntaxErrorKind kind = SyntaxErrorKind.Syntax)
    {
        if (tok.Kind is not (TokenKind.Indent or TokenKind.Dedent))
        {
            return _src.Error(message, tok.Start, tok.End, kind);
        }

        var line = _src.LineOf(tok.End);
        var col = _src.CharColumn(tok.End);
        var text = _src.LineText(line);
        return kind switch
        {
            SyntaxErrorKind.Indentation => new PythonIndentationError(message, _src.FileName, line, col, line, col, text),
            _ => new PythonSyntaxError(message, _src.FileName, line, col, line, col, text),
        };
    }

    /// <summary>Text index of a (line, byte column) position.</summary>
    private int IndexOf(int line, int byteCol) => _src.LineStart(line) + _src.CharColumnOfByte(line, byteCol);

    /// <summary>Counts recursion so deeply nested input fails cleanly; dispose the result on the way out.</summary>
    private DepthGuard Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            var tok = Peek();
            throw _src.Error("Parser stack overflowed - Python source too complex to parse", tok.Start, tok.End);
        }

        return new DepthGuard(this);
    }

    private readonly struct DepthGuard(Parser parser) : IDisposable
    {
        public void Dispose() => parser._depth--;
    }

    // ---- locations ----

    /// <summary>Sets a node's span from a start token to the last consumed token.</summary>
    private T Loc<T>(T node, Token start)
        where T : Node
    {
        var end = Previous;
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndCol;
        return node;
    }
}
