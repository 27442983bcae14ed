namespace Meta.Interpreters.Toy.Parsing;

/// <summary>An expression of the syntax tree; Line and Column are where the compiler reports its errors.</summary>
public abstract record Expr(int Line, int Column);

public sealed record IntLiteral(long Value, int Line, int Column) : Expr(Line, Column);

public sealed record FloatLiteral(double Value, int Line, int Column) : Expr(Line, Column);

public sealed record StringLiteral(string Value, int Line, int Column) : Expr(Line, Column);

public sealed record BoolLiteral(bool Value, int Line, int Column) : Expr(Line, Column);

public sealed record NilLiteral(int Line, int Column) : Expr(Line, Column);

/// <summary>A use of a variable; the resolver says which declaration it means.</summary>
public sealed record Variable(string Name, int Line, int Column) : Expr(Line, Column)
{
    public Symbol? Symbol { get; set; }
}

/// <summary>A binary operator (arithmetic or comparison); positioned at the operator.</summary>
public sealed record Binary(TokenKind Operator, Expr Left, Expr Right, int Line, int Column) : Expr(Line, Column);

/// <summary>'and' / 'or': short-circuit, gives the operand that decided.</summary>
public sealed record Logical(TokenKind Operator, Expr Left, Expr Right, int Line, int Column) : Expr(Line, Column);

/// <summary>'-' or '!'.</summary>
public sealed record Unary(TokenKind Operator, Expr Operand, int Line, int Column) : Expr(Line, Column);

public sealed record Call(Expr Callee, IReadOnlyList<Expr> Arguments, int Line, int Column) : Expr(Line, Column);

/// <summary>container[index]; positioned at '['.</summary>
public sealed record Subscript(Expr Container, Expr Key, int Line, int Column) : Expr(Line, Column);

/// <summary>record.name; positioned at the name.</summary>
public sealed record FieldGet(Expr Target, string Name, int Line, int Column) : Expr(Line, Column);

public sealed record ListLiteral(IReadOnlyList<Expr> Items, int Line, int Column) : Expr(Line, Column);

public sealed record MapLiteral(IReadOnlyList<(Expr Key, Expr Value)> Entries, int Line, int Column) : Expr(Line, Column);

/// <summary>fun (params) { body }: an anonymous function (a closure when it uses outer variables).</summary>
public sealed record FunctionExpr(FunctionBody Function, int Line, int Column) : Expr(Line, Column);
