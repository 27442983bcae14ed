namespace Meta.Interpreters.Python.Ast;

// The enum member names are CPython's class names: the dumper prints them as `Add()`.

public enum ExprContext
{
    Load,
    Store,
    Del,
}

public enum BoolOperator
{
    And,
    Or,
}

public enum Operator
{
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

public enum UnaryOperator
{
    Invert,
    Not,
    UAdd,
    USub,
}

public enum CompareOperator
{
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
