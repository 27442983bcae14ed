using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Analysis;

/// <summary>
/// Which variable an instruction reads or writes. Taking a variable's address (ldloca,
/// ldarga) counts as a read and not as a write: the callee may read it and need not write it,
/// so liveness stays conservative.
/// </summary>
public static class VariableAccess
{
    public static Variable? Read(Instruction instruction, MethodDefinition method) => instruction.OpCode.Code switch
    {
        Code.Ldloc_0 => new Variable(false, 0),
        Code.Ldloc_1 => new Variable(false, 1),
        Code.Ldloc_2 => new Variable(false, 2),
        Code.Ldloc_3 => new Variable(false, 3),
        Code.Ldloc or Code.Ldloc_S or Code.Ldloca or Code.Ldloca_S => new Variable(false, ((VariableDefinition)instruction.Operand).Index),
        Code.Ldarg_0 => new Variable(true, 0),
        Code.Ldarg_1 => new Variable(true, 1),
        Code.Ldarg_2 => new Variable(true, 2),
        Code.Ldarg_3 => new Variable(true, 3),
        Code.Ldarg or Code.Ldarg_S or Code.Ldarga or Code.Ldarga_S => new Variable(true, ArgumentIndex((ParameterDefinition)instruction.Operand, method)),
        _ => null,
    };

    public static Variable? Written(Instruction instruction, MethodDefinition method) => instruction.OpCode.Code switch
    {
        Code.Stloc_0 => new Variable(false, 0),
        Code.Stloc_1 => new Variable(false, 1),
        Code.Stloc_2 => new Variable(false, 2),
        Code.Stloc_3 => new Variable(false, 3),
        Code.Stloc or Code.Stloc_S => new Variable(false, ((VariableDefinition)instruction.Operand).Index),
        Code.Starg or Code.Starg_S => new Variable(true, ArgumentIndex((ParameterDefinition)instruction.Operand, method)),
        _ => null,
    };

    /// <summary>The IL argument index: parameters shift by one when <c>this</c> is argument 0.</summary>
    public static int ArgumentIndex(ParameterDefinition parameter, MethodDefinition method) =>
        parameter.Index < 0 ? 0 : parameter.Index + (method.HasThis ? 1 : 0);

    /// <summary>The source name of a variable: the PDB's local name, the parameter's name, or "this"; V_n for unnamed locals.</summary>
    public static string Name(Variable variable, MethodDefinition method)
    {
        if (variable.IsArgument)
        {
            if (method.HasThis)
            {
                return variable.Index == 0 ? "this" : method.Parameters[variable.Index - 1].Name;
            }
            return method.Parameters[variable.Index].Name;
        }
        var local = method.Body.Variables[variable.Index];
        return method.DebugInformation.TryGetName(local, out var name) ? name : $"V_{variable.Index}";
    }
}
