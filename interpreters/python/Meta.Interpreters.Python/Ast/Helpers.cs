namespace Meta.Interpreters.Python.Ast;

// The product types of the ASDL (lower-case class names in CPython).

public sealed class Comprehension(ExprNode target, ExprNode iter, IReadOnlyList<ExprNode> ifs, int isAsync) : Node
{
    public ExprNode Target { get; } = target;
    public ExprNode Iter { get; } = iter;
    public IReadOnlyList<ExprNode> Ifs { get; } = ifs;
    public int IsAsync { get; } = isAsync;
    public override string TypeName => "comprehension";
    public override bool HasLocation => false;
    public override Field[] GetFields() => [new("target", Target), new("iter", Iter), new("ifs", Ifs), new("is_async", IsAsync)];
}

public sealed class ExceptHandler(ExprNode? type, string? name, IReadOnlyList<StmtNode> body) : Node
{
    public ExprNode? Type { get; } = type;
    public string? Name { get; } = name;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public override Field[] GetFields() => [new("type", Type, true), new("name", Name, true), new("body", Body)];
}

/// <summary>A parameter list; kw_defaults holds null where a keyword-only parameter has no default.</summary>
public sealed class Arguments(IReadOnlyList<Arg> posOnlyArgs, IReadOnlyList<Arg> args, Arg? varArg, IReadOnlyList<Arg> kwOnlyArgs, IReadOnlyList<ExprNode?> kwDefaults, Arg? kwArg, IReadOnlyList<ExprNode> defaults) : Node
{
    public IReadOnlyList<Arg> PosOnlyArgs { get; } = posOnlyArgs;
    public IReadOnlyList<Arg> Args { get; } = args;
    public Arg? VarArg { get; } = varArg;
    public IReadOnlyList<Arg> KwOnlyArgs { get; } = kwOnlyArgs;
    public IReadOnlyList<ExprNode?> KwDefaults { get; } = kwDefaults;
    public Arg? KwArg { get; } = kwArg;
    public IReadOnlyList<ExprNode> Defaults { get; } = defaults;
    public override string TypeName => "arguments";
    public override bool HasLocation => false;
    public override Field[] GetFields() => [new("posonlyargs", PosOnlyArgs), new("args", Args), new("vararg", VarArg, true), new("kwonlyargs", KwOnlyArgs), new("kw_defaults", KwDefaults), new("kwarg", KwArg, true), new("defaults", Defaults)];
}

public sealed class Arg(string name, ExprNode? annotation, string? typeComment = null) : Node
{
    public string Name { get; } = name;
    public ExprNode? Annotation { get; } = annotation;
    public string? TypeComment { get; } = typeComment;
    public override string TypeName => "arg";
    public override Field[] GetFields() => [new("arg", Name), new("annotation", Annotation, true), new("type_comment", TypeComment, true)];
}

/// <summary>A keyword argument of a call or class; a null name stands for <c>**mapping</c>.</summary>
public sealed class Keyword(string? name, ExprNode value) : Node
{
    public string? Name { get; } = name;
    public ExprNode Value { get; } = value;
    public override string TypeName => "keyword";
    public override Field[] GetFields() => [new("arg", Name, true), new("value", Value)];
}

public sealed class Alias(string name, string? asName) : Node
{
    public string Name { get; } = name;
    public string? AsName { get; } = asName;
    public override string TypeName => "alias";
    public override Field[] GetFields() => [new("name", Name), new("asname", AsName, true)];
}

public sealed class WithItem(ExprNode contextExpr, ExprNode? optionalVars) : Node
{
    public ExprNode ContextExpr { get; } = contextExpr;
    public ExprNode? OptionalVars { get; } = optionalVars;
    public override string TypeName => "withitem";
    public override bool HasLocation => false;
    public override Field[] GetFields() => [new("context_expr", ContextExpr), new("optional_vars", OptionalVars, true)];
}

public sealed class MatchCase(PatternNode pattern, ExprNode? guard, IReadOnlyList<StmtNode> body) : Node
{
    public PatternNode Pattern { get; } = pattern;
    public ExprNode? Guard { get; } = guard;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public override string TypeName => "match_case";
    public override bool HasLocation => false;
    public override Field[] GetFields() => [new("pattern", Pattern), new("guard", Guard, true), new("body", Body)];
}
