namespace Meta.Interpreters.Toy.Builtins;

/// <summary>The builtin functions; docs/toylang.md describes each.</summary>
public enum BuiltinId
{
    Print,
    Len,
    Str,
    Int,
    Float,
    Range,
    Append,
    Pop,
    Sqrt,
    Floor,
    Abs,
    Min,
    Max,
    Clock,
    Keys,
    Has,
    Type,
    Fixed,
    Ord,
    Chr,
    Slice,
    Join,
    Error,
}
