using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>The operands of original instructions: the local or argument one names (macro forms too), copies into generated methods.</summary>
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

    /// <summary>
    /// A copy of <paramref name="instruction"/> (in its long form) for a generated method: locals
    /// and arguments through <paramref name="local"/> and <paramref name="argument"/> (null: the
    /// method has no argument operands to copy), other operands as they are; branch targets still
    /// name the original's instructions, for the caller to fix.
    /// </summary>
    public static Instruction Copy(ILProcessor il, Instruction instruction, Func<VariableDefinition, VariableDefinition> local,
        Func<ParameterDefinition, ParameterDefinition>? argument = null)
    {
        var opcode = TwinEmitter.LongForm(instruction.OpCode);
        return instruction.Operand switch
        {
            null => il.Create(opcode),
            VariableDefinition variable => il.Create(opcode, local(variable)),
            ParameterDefinition parameter when argument is not null => il.Create(opcode, argument(parameter)),
            Instruction target => il.Create(opcode, target),
            Instruction[] targets => il.Create(opcode, targets),
            sbyte value => il.Create(opcode, value),
            int value => il.Create(opcode, value),
            long value => il.Create(opcode, value),
            double value => il.Create(opcode, value),
            float value => il.Create(opcode, value),
            string value => il.Create(opcode, value),
            FieldReference field => il.Create(opcode, field),
            MethodReference method => il.Create(opcode, method),
            TypeReference type => il.Create(opcode, type),
            var other => throw new TwinUnsupportedException($"the operand {other} of IL_{instruction.Offset:x4}"),
        };
    }
}
