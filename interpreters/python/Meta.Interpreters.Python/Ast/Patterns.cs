namespace Meta.Interpreters.Python.Ast;

// Pattern nodes of match statements (CPython 3.11's Python.asdl).

public sealed class MatchValue(ExprNode value) : PatternNode
{
    public ExprNode Value { get; } = value;
    public override Field[] GetFields() => [new("value", Value)];
}

/// <summary>Matches None, True or False; Value is null, true or false.</summary>
public sealed class MatchSingleton(object? value) : PatternNode
{
    public object? Value { get; } = value;
    public override Field[] GetFields() => [new("value", new ConstantValue(Value))];
}

public sealed class MatchSequence(IReadOnlyList<PatternNode> patterns) : PatternNode
{
    public IReadOnlyList<PatternNode> Patterns { get; } = patterns;
    public override Field[] GetFields() => [new("patterns", Patterns)];
}

public sealed class MatchMapping(IReadOnlyList<ExprNode> keys, IReadOnlyList<PatternNode> patterns, string? rest) : PatternNode
{
    public IReadOnlyList<ExprNode> Keys { get; } = keys;
    public IReadOnlyList<PatternNode> Patterns { get; } = patterns;
    public string? Rest { get; } = rest;
    public override Field[] GetFields() => [new("keys", Keys), new("patterns", Patterns), new("rest", Rest, true)];
}

public sealed class MatchClass(ExprNode cls, IReadOnlyList<PatternNode> patterns, IReadOnlyList<string> kwdAttrs, IReadOnlyList<PatternNode> kwdPatterns) : PatternNode
{
    public ExprNode Cls { get; } = cls;
    public IReadOnlyList<PatternNode> Patterns { get; } = patterns;
    public IReadOnlyList<string> KwdAttrs { get; } = kwdAttrs;
    public IReadOnlyList<PatternNode> KwdPatterns { get; } = kwdPatterns;
    public override Field[] GetFields() => [new("cls", Cls), new("patterns", Patterns), new("kwd_attrs", KwdAttrs), new("kwd_patterns", KwdPatterns)];
}

public sealed class MatchStar(string? name) : PatternNode
{
    public string? Name { get; } = name;
    public override Field[] GetFields() => [new("name", Name, true)];
}

/// <summary>A capture (<c>x</c>), the wildcard (<c>_</c>: both null) or <c>pattern as name</c>.</summary>
public sealed class MatchAs(PatternNode? pattern, string? name) : PatternNode
{
    public PatternNode? Pattern { get; } = pattern;
    public string? Name { get; } = name;
    public override Field[] GetFields() => [new("pattern", Pattern, true), new("name", Name, true)];
}

public sealed class MatchOr(IReadOnlyList<PatternNode> patterns) : PatternNode
{
    public IReadOnlyList<PatternNode> Patterns { get; } = patterns;
    public override Field[] GetFields() => [new("patterns", Patterns)];
}
