namespace Meta.Tracing.IR;

/// <summary>
/// One row of the operation table: the signature and flags of the <see cref="Opcode"/> it marks.
/// </summary>
/// <remarks>
/// The signature reads <c>"operands -> result"</c>. Operand kinds are i32, i64, f64, ref,
/// <c>any</c> (one value of any kind), <c>same</c> (the kind of operand 0), <c>elem</c> (the
/// kind of the field or array element named by the descriptor), <c>args</c> (the parameters of
/// the call descriptor) and <c>*</c> (any number of values of any kinds). Result kinds are the
/// four kinds, <c>void</c>, <c>same</c>, <c>elem</c> and <c>ret</c> (the call descriptor's result).
/// </remarks>
[AttributeUsage(AttributeTargets.Field)]
public sealed class OpAttribute(string signature, OpFlags flags = OpFlags.None, DescrUse descr = DescrUse.None) : Attribute
{
    public string Signature { get; } = signature;
    public OpFlags Flags { get; } = flags;
    public DescrUse Descr { get; } = descr;

    /// <summary>The name in trace text when it is not the snake_case of the member (RPython's getfield, strlen...).</summary>
    public string? Name { get; init; }
}
