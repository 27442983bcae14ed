namespace Meta.Interpreters.Python.Ast;

/// <summary>One field of a node as CPython's <c>_fields</c> lists it, in declaration order.</summary>
/// <param name="Name">The CPython field name (snake_case).</param>
/// <param name="Value">Node, list, identifier string, int, enum or constant value.</param>
/// <param name="Optional">True for ASDL <c>?</c> fields: <c>ast.dump</c> leaves them out when they are None.</param>
public readonly record struct Field(string Name, object? Value, bool Optional = false);

/// <summary>Base of every AST node. Positions follow CPython: 1-based lines, UTF-8 byte columns.</summary>
public abstract class Node
{
    public int Lineno { get; set; }

    public int ColOffset { get; set; }

    public int EndLineno { get; set; }

    public int EndColOffset { get; set; }

    /// <summary>The CPython class name (<c>arguments</c>, <c>BinOp</c>, ...).</summary>
    public virtual string TypeName => GetType().Name;

    /// <summary>True when CPython's node carries lineno/col_offset attributes.</summary>
    public virtual bool HasLocation => true;

    /// <summary>The fields in CPython's order, for the dumper and generic walkers.</summary>
    public abstract Field[] GetFields();

    /// <summary>Copies the position of <paramref name="other"/> onto this node.</summary>
    public T CopyLocation<T>(Node other)
        where T : Node
    {
        Lineno = other.Lineno;
        ColOffset = other.ColOffset;
        EndLineno = other.EndLineno;
        EndColOffset = other.EndColOffset;
        return (T)this;
    }
}

/// <summary>Base of expression nodes (CPython's <c>expr</c>).</summary>
public abstract class ExprNode : Node;

/// <summary>Base of statement nodes (CPython's <c>stmt</c>).</summary>
public abstract class StmtNode : Node;

/// <summary>Base of pattern nodes of match statements (CPython's <c>pattern</c>).</summary>
public abstract class PatternNode : Node;

/// <summary>Base of module kinds (CPython's <c>mod</c>); they carry no position.</summary>
public abstract class ModNode : Node
{
    public override bool HasLocation => false;
}

/// <summary>The value of the singleton <c>Ellipsis</c> in a Constant.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();

    private EllipsisValue()
    {
    }

    public override string ToString() => "Ellipsis";
}
