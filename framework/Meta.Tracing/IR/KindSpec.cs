namespace Meta.Tracing.IR;

/// <summary>An operand or result position of an operation as the table declares it.</summary>
public enum KindSpec : byte
{
    I32,
    I64,
    F64,
    Ref,
    Void,
    /// <summary>One value of any kind.</summary>
    Any,
    /// <summary>The kind of operand 0.</summary>
    Same,
    /// <summary>The kind of the field or array element the descriptor names.</summary>
    Elem,
    /// <summary>The parameters of the call descriptor (operands only).</summary>
    Args,
    /// <summary>The result of the call descriptor (result only).</summary>
    Ret,
    /// <summary>Any number of values of any kinds (operands only).</summary>
    Variadic,
}
