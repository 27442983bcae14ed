namespace Meta.Interpreters.Python.Ast;

// Statement nodes of CPython 3.11's Python.asdl, same names and field order.
// type_comment fields exist for fidelity; the parser ignores type comments and leaves them null.

public sealed class FunctionDef(string name, Arguments args, IReadOnlyList<StmtNode> body, IReadOnlyList<ExprNode> decoratorList, ExprNode? returns, string? typeComment = null) : StmtNode
{
    public string Name { get; } = name;
    public Arguments Args { get; } = args;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<ExprNode> DecoratorList { get; } = decoratorList;
    public ExprNode? Returns { get; } = returns;
    public string? TypeComment { get; } = typeComment;
    public override Field[] GetFields() => [new("name", Name), new("args", Args), new("body", Body), new("decorator_list", DecoratorList), new("returns", Returns, true), new("type_comment", TypeComment, true)];
}

public sealed class AsyncFunctionDef(string name, Arguments args, IReadOnlyList<StmtNode> body, IReadOnlyList<ExprNode> decoratorList, ExprNode? returns, string? typeComment = null) : StmtNode
{
    public string Name { get; } = name;
    public Arguments Args { get; } = args;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<ExprNode> DecoratorList { get; } = decoratorList;
    public ExprNode? Returns { get; } = returns;
    public string? TypeComment { get; } = typeComment;
    public override Field[] GetFields() => [new("name", Name), new("args", Args), new("body", Body), new("decorator_list", DecoratorList), new("returns", Returns, true), new("type_comment", TypeComment, true)];
}

public sealed class ClassDef(string name, IReadOnlyList<ExprNode> bases, IReadOnlyList<Keyword> keywords, IReadOnlyList<StmtNode> body, IReadOnlyList<ExprNode> decoratorList) : StmtNode
{
    public string Name { get; } = name;
    public IReadOnlyList<ExprNode> Bases { get; } = bases;
    public IReadOnlyList<Keyword> Keywords { get; } = keywords;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<ExprNode> DecoratorList { get; } = decoratorList;
    public override Field[] GetFields() => [new("name", Name), new("bases", Bases), new("keywords", Keywords), new("body", Body), new("decorator_list", DecoratorList)];
}

public sealed class Return(ExprNode? value) : StmtNode
{
    public ExprNode? Value { get; } = value;
    public override Field[] GetFields() => [new("value", Value, true)];
}

public sealed class Delete(IReadOnlyList<ExprNode> targets) : StmtNode
{
    public IReadOnlyList<ExprNode> Targets { get; } = targets;
    public override Field[] GetFields() => [new("targets", Targets)];
}

public sealed class Assign(IReadOnlyList<ExprNode> targets, ExprNode value, string? typeComment = null) : StmtNode
{
    public IReadOnlyList<ExprNode> Targets { get; } = targets;
    public ExprNode Value { get; } = value;
    public string? TypeComment { get; } = typeComment;
    public override Field[] GetFields() => [new("targets", Targets), new("value", Value), new("type_comment", TypeComment, true)];
}

public sealed class AugAssign(ExprNode target, Operator op, ExprNode value) : StmtNode
{
    public ExprNode Target { get; } = target;
    public Operator Op { get; } = op;
    public ExprNode Value { get; } = value;
    public override Field[] GetFields() => [new("target", Target), new("op", Op), new("value", Value)];
}

/// <summary>An annotated assignment; simple is 1 for a bare unparenthesized name target.</summary>
public sealed class AnnAssign(ExprNode target, ExprNode annotation, ExprNode? value, int simple) : StmtNode
{
    public ExprNode Target { get; } = target;
    public ExprNode Annotation { get; } = annotation;
    public ExprNode? Value { get; } = value;
    public int Simple { get; } = simple;
    public override Field[] GetFields() => [new("target", Target), new("annotation", Annotation), new("value", Value, true), new("simple", Simple)];
}

public sealed class For(ExprNode target, ExprNode iter, IReadOnlyList<StmtNode> body, IReadOnlyList<StmtNode> orElse, string? typeComment = null) : StmtNode
{
    public ExprNode Target { get; } = target;
    public ExprNode Iter { get; } = iter;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<StmtNode> OrElse { get; } = orElse;
    public string? TypeComment { get; } = typeComment;
    public override Field[] GetFields() => [new("target", Target), new("iter", Iter), new("body", Body), new("orelse", OrElse), new("type_comment", TypeComment, true)];
}

public sealed class AsyncFor(ExprNode target, ExprNode iter, IReadOnlyList<StmtNode> body, IReadOnlyList<StmtNode> orElse, string? typeComment = null) : StmtNode
{
    public ExprNode Target { get; } = target;
    public ExprNode Iter { get; } = iter;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<StmtNode> OrElse { get; } = orElse;
    public string? TypeComment { get; } = typeComment;
    public override Field[] GetFields() => [new("target", Target), new("iter", Iter), new("body", Body), new("orelse", OrElse), new("type_comment", TypeComment, true)];
}

public sealed class While(ExprNode test, IReadOnlyList<StmtNode> body, IReadOnlyList<StmtNode> orElse) : StmtNode
{
    public ExprNode Test { get; } = test;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<StmtNode> OrElse { get; } = orElse;
    public override Field[] GetFields() => [new("test", Test), new("body", Body), new("orelse", OrElse)];
}

public sealed class If(ExprNode test, IReadOnlyList<StmtNode> body, IReadOnlyList<StmtNode> orElse) : StmtNode
{
    public ExprNode Test { get; } = test;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<StmtNode> OrElse { get; } = orElse;
    public override Field[] GetFields() => [new("test", Test), new("body", Body), new("orelse", OrElse)];
}

public sealed class With(IReadOnlyList<WithItem> items, IReadOnlyList<StmtNode> body, string? typeComment = null) : StmtNode
{
    public IReadOnlyList<WithItem> Items { get; } = items;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public string? TypeComment { get; } = typeComment;
    public override Field[] GetFields() => [new("items", Items), new("body", Body), new("type_comment", TypeComment, true)];
}

public sealed class AsyncWith(IReadOnlyList<WithItem> items, IReadOnlyList<StmtNode> body, string? typeComment = null) : StmtNode
{
    public IReadOnlyList<WithItem> Items { get; } = items;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public string? TypeComment { get; } = typeComment;
    public override Field[] GetFields() => [new("items", Items), new("body", Body), new("type_comment", TypeComment, true)];
}

public sealed class Match(ExprNode subject, IReadOnlyList<MatchCase> cases) : StmtNode
{
    public ExprNode Subject { get; } = subject;
    public IReadOnlyList<MatchCase> Cases { get; } = cases;
    public override Field[] GetFields() => [new("subject", Subject), new("cases", Cases)];
}

public sealed class Raise(ExprNode? exc, ExprNode? cause) : StmtNode
{
    public ExprNode? Exc { get; } = exc;
    public ExprNode? Cause { get; } = cause;
    public override Field[] GetFields() => [new("exc", Exc, true), new("cause", Cause, true)];
}

public sealed class Try(IReadOnlyList<StmtNode> body, IReadOnlyList<ExceptHandler> handlers, IReadOnlyList<StmtNode> orElse, IReadOnlyList<StmtNode> finalBody) : StmtNode
{
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<ExceptHandler> Handlers { get; } = handlers;
    public IReadOnlyList<StmtNode> OrElse { get; } = orElse;
    public IReadOnlyList<StmtNode> FinalBody { get; } = finalBody;
    public override Field[] GetFields() => [new("body", Body), new("handlers", Handlers), new("orelse", OrElse), new("finalbody", FinalBody)];
}

public sealed class TryStar(IReadOnlyList<StmtNode> body, IReadOnlyList<ExceptHandler> handlers, IReadOnlyList<StmtNode> orElse, IReadOnlyList<StmtNode> finalBody) : StmtNode
{
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<ExceptHandler> Handlers { get; } = handlers;
    public IReadOnlyList<StmtNode> OrElse { get; } = orElse;
    public IReadOnlyList<StmtNode> FinalBody { get; } = finalBody;
    public override Field[] GetFields() => [new("body", Body), new("handlers", Handlers), new("orelse", OrElse), new("finalbody", FinalBody)];
}

public sealed class Assert(ExprNode test, ExprNode? msg) : StmtNode
{
    public ExprNode Test { get; } = test;
    public ExprNode? Msg { get; } = msg;
    public override Field[] GetFields() => [new("test", Test), new("msg", Msg, true)];
}

public sealed class Import(IReadOnlyList<Alias> names) : StmtNode
{
    public IReadOnlyList<Alias> Names { get; } = names;
    public override Field[] GetFields() => [new("names", Names)];
}

public sealed class ImportFrom(string? module, IReadOnlyList<Alias> names, int level) : StmtNode
{
    public string? Module { get; } = module;
    public IReadOnlyList<Alias> Names { get; } = names;
    public int Level { get; } = level;
    public override Field[] GetFields() => [new("module", Module, true), new("names", Names), new("level", Level, true)];
}

public sealed class Global(IReadOnlyList<string> names) : StmtNode
{
    public IReadOnlyList<string> Names { get; } = names;
    public override Field[] GetFields() => [new("names", Names)];
}

public sealed class Nonlocal(IReadOnlyList<string> names) : StmtNode
{
    public IReadOnlyList<string> Names { get; } = names;
    public override Field[] GetFields() => [new("names", Names)];
}

/// <summary>An expression statement (CPython's <c>Expr</c>).</summary>
public sealed class Expr(ExprNode value) : StmtNode
{
    public ExprNode Value { get; } = value;
    public override Field[] GetFields() => [new("value", Value)];
}

public sealed class Pass : StmtNode
{
    public override Field[] GetFields() => [];
}

public sealed class Break : StmtNode
{
    public override Field[] GetFields() => [];
}

public sealed class Continue : StmtNode
{
    public override Field[] GetFields() => [];
}
