using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>The local or argument an instruction names, for the macro forms (ldloc.0, ldarg.1) too.</summary>
public static class IlOperands
{
    public static VariableDefinition Local(MethodDefinition method, Instruction instruction) => instruction.OpCode.Code switch
    {
        Code.Ldloc_0 or Code.Stloc_0 => method.Body.Variables[0],
        Code.Ldloc_1 or Code.Stloc_1 => method.Body.Variables[1],
        Code.Ldloc_2 or Code.Stloc_2 => method.Body.Variables[2],
        Code.Ldloc_3 or Code.Stloc_3 => method.Body.Variables[3],
        _ => (VariableDefinition)instruction.Operand,
    };

    /// <summary>The IL argument index (0 is <c>this</c> of an instance method).</summary>
    public static int ArgumentIndex(MethodDefinition method, Instruction instruction) => instruction.OpCode.Code switch
    {
        Code.Ldarg_0 => 0,
        Code.Ldarg_1 => 1,
        Code.Ldarg_2 => 2,
        Code.Ldarg_3 => 3,
        _ => ((ParameterDefinition)instruction.Operand).Index + (method.HasThis ? 1 : 0),
    };

    public static TypeReference ArgumentType(MethodDefinition method, int index) =>
        method.HasThis
            ? index == 0 ? (method.DeclaringType.IsValueType ? throw new TwinUnsupportedException("methods of structs (this is a by-ref) are not in this slice") : method.DeclaringType) : method.Parameters[index - 1].ParameterType
            : method.Parameters[index].ParameterType;

    public static int ArgumentCount(MethodDefinition method) => method.Parameters.Count + (method.HasThis ? 1 : 0);
}
