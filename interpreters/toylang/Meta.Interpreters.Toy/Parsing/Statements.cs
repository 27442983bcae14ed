namespace Meta.Interpreters.Toy.Parsing;

/// <summary>A statement of the syntax tree.</summary>
public abstract record Stmt(int Line, int Column);

/// <summary>An expression evaluated for its effect (its value is dropped, or echoed in the REPL).</summary>
public sealed record ExpressionStmt(Expr Expression, int Line, int Column) : Stmt(Line, Column);

/// <summary>var name = value;</summary>
public sealed record VarDecl(string Name, Expr Value, int Line, int Column) : Stmt(Line, Column)
{
    /// <summary>The declared local, or null for a global (a declaration at the top level of the program).</summary>
    public Symbol? Symbol { get; set; }
}

/// <summary>fun name(params) { body }</summary>
public sealed record FunDecl(string Name, FunctionBody Function, int Line, int Column) : Stmt(Line, Column)
{
    public Symbol? Symbol { get; set; }
}

/// <summary>record Name(field, ...);</summary>
public sealed record RecordDecl(string Name, IReadOnlyList<string> Fields, int Line, int Column) : Stmt(Line, Column)
{
    public Symbol? Symbol { get; set; }
}

/// <summary>target = value; where target is a variable, an index or a field.</summary>
public sealed record Assign(Expr Target, Expr Value, int Line, int Column) : Stmt(Line, Column);

public sealed record Block(IReadOnlyList<Stmt> Statements, int Line, int Column) : Stmt(Line, Column);

/// <summary>if cond { ... } else ...; Else is a Block, another If, or null.</summary>
public sealed record If(Expr Condition, Block Then, Stmt? Else, int Line, int Column) : Stmt(Line, Column);

public sealed record While(Expr Condition, Block Body, int Line, int Column) : Stmt(Line, Column);

/// <summary>for name in iterable { ... }</summary>
public sealed record For(string Name, Expr Iterable, Block Body, int Line, int Column) : Stmt(Line, Column)
{
    public Symbol? Symbol { get; set; }
}

public sealed record Break(int Line, int Column) : Stmt(Line, Column);

public sealed record Continue(int Line, int Column) : Stmt(Line, Column);

public sealed record Return(Expr? Value, int Line, int Column) : Stmt(Line, Column);

/// <summary>The parameters and body of a function (named or anonymous); the resolver attaches its scope.</summary>
public sealed record FunctionBody(string Name, IReadOnlyList<string> Parameters, Block Body, int Line, int Column)
{
    public FunctionScope? Scope { get; set; }
}
