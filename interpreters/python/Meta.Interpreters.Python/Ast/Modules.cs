namespace Meta.Interpreters.Python.Ast;

// The module kinds of CPython's `mod`: what ast.parse returns for mode 'exec' and 'eval'.

public sealed class Module(IReadOnlyList<StmtNode> body, IReadOnlyList<TypeIgnore> typeIgnores) : ModNode
{
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<TypeIgnore> TypeIgnores { get; } = typeIgnores;
    public override Field[] GetFields() => [new("body", Body), new("type_ignores", TypeIgnores)];
}

public sealed class Interactive(IReadOnlyList<StmtNode> body) : ModNode
{
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public override Field[] GetFields() => [new("body", Body)];
}

public sealed class Expression(ExprNode body) : ModNode
{
    public ExprNode Body { get; } = body;
    public override Field[] GetFields() => [new("body", Body)];
}

/// <summary>A <c># type: ignore</c> comment; only produced when type comments are parsed, which we never do.</summary>
public sealed class TypeIgnore(int line, string tag) : Node
{
    public int Line { get; } = line;
    public string Tag { get; } = tag;
    public override bool HasLocation => false;
    public override Field[] GetFields() => [new("lineno", Line), new("tag", Tag)];
}
