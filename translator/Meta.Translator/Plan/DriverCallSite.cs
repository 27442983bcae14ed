using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Analysis;
using Meta.Translator.Hints;

namespace Meta.Translator.Plan;

/// <summary>
/// A MergePoint or CanEnterJit call, as code generation rewrites it: the method holding it, the
/// call instruction, its driver when the declaration could be read, and for each argument (greens
/// then reds, in the driver's order) the variable passed, or null where the argument is not a
/// plain variable (reported as META0013).
/// </summary>
public sealed record DriverCallSite(MethodDefinition Method, Instruction Call, DriverDeclaration? Driver, IReadOnlyList<Variable?> Arguments)
{
    public bool IsMergePoint => KnownNames.IsMergePoint((MethodReference)Call.Operand);
}
