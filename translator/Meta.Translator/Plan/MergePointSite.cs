using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Hints;

namespace Meta.Translator.Plan;

/// <summary>A MergePoint call: the method holding it, the call instruction, and its driver when it could be read.</summary>
public sealed record MergePointSite(MethodDefinition Method, Instruction Call, DriverDeclaration? Driver);
