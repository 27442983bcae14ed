using Mono.Cecil.Cil;

namespace Meta.Translator.Rules;

/// <summary>
/// The IL instructions a tracing twin handles. Everything C# emits for RC# is here: arithmetic
/// and conversions (with overflow checks), comparisons and branches, switch, locals and
/// arguments (by value and by address), fields, arrays, objects and value types, calls, type
/// tests, exceptions (try/catch/finally), and the prefixes C# puts on generic code.
/// Instructions not in the table are errors, never silently accepted: those that another rule
/// explains better are reported by that rule (ldftn/ldvirtftn META0002, localloc/calli META0009,
/// endfilter META0011: see ConstructRules), the others as META0017.
/// </summary>
public static class OpcodeTable
{
    private static readonly HashSet<Code> Supported =
    [
        Code.Nop, Code.Break, Code.Dup, Code.Pop, Code.Ret, Code.Throw, Code.Rethrow, Code.Leave, Code.Leave_S, Code.Endfinally,
        // constants
        Code.Ldnull, Code.Ldc_I4_M1, Code.Ldc_I4_0, Code.Ldc_I4_1, Code.Ldc_I4_2, Code.Ldc_I4_3, Code.Ldc_I4_4, Code.Ldc_I4_5,
        Code.Ldc_I4_6, Code.Ldc_I4_7, Code.Ldc_I4_8, Code.Ldc_I4_S, Code.Ldc_I4, Code.Ldc_I8, Code.Ldc_R4, Code.Ldc_R8, Code.Ldstr,
        // locals and arguments
        Code.Ldarg_0, Code.Ldarg_1, Code.Ldarg_2, Code.Ldarg_3, Code.Ldarg_S, Code.Ldarg, Code.Ldarga_S, Code.Ldarga,
        Code.Starg_S, Code.Starg, Code.Ldloc_0, Code.Ldloc_1, Code.Ldloc_2, Code.Ldloc_3, Code.Ldloc_S, Code.Ldloc,
        Code.Ldloca_S, Code.Ldloca, Code.Stloc_0, Code.Stloc_1, Code.Stloc_2, Code.Stloc_3, Code.Stloc_S, Code.Stloc,
        // branches
        Code.Br_S, Code.Br, Code.Brfalse_S, Code.Brfalse, Code.Brtrue_S, Code.Brtrue, Code.Beq_S, Code.Beq, Code.Bge_S, Code.Bge,
        Code.Bgt_S, Code.Bgt, Code.Ble_S, Code.Ble, Code.Blt_S, Code.Blt, Code.Bne_Un_S, Code.Bne_Un, Code.Bge_Un_S, Code.Bge_Un,
        Code.Bgt_Un_S, Code.Bgt_Un, Code.Ble_Un_S, Code.Ble_Un, Code.Blt_Un_S, Code.Blt_Un, Code.Switch,
        // arithmetic, bitwise, comparisons
        Code.Add, Code.Sub, Code.Mul, Code.Div, Code.Div_Un, Code.Rem, Code.Rem_Un, Code.And, Code.Or, Code.Xor, Code.Shl,
        Code.Shr, Code.Shr_Un, Code.Neg, Code.Not, Code.Add_Ovf, Code.Add_Ovf_Un, Code.Mul_Ovf, Code.Mul_Ovf_Un, Code.Sub_Ovf,
        Code.Sub_Ovf_Un, Code.Ceq, Code.Cgt, Code.Cgt_Un, Code.Clt, Code.Clt_Un, Code.Ckfinite,
        // conversions
        Code.Conv_I1, Code.Conv_I2, Code.Conv_I4, Code.Conv_I8, Code.Conv_R4, Code.Conv_R8, Code.Conv_U4, Code.Conv_U8,
        Code.Conv_R_Un, Code.Conv_U2, Code.Conv_U1, Code.Conv_I, Code.Conv_U,
        Code.Conv_Ovf_I1_Un, Code.Conv_Ovf_I2_Un, Code.Conv_Ovf_I4_Un, Code.Conv_Ovf_I8_Un, Code.Conv_Ovf_U1_Un,
        Code.Conv_Ovf_U2_Un, Code.Conv_Ovf_U4_Un, Code.Conv_Ovf_U8_Un, Code.Conv_Ovf_I_Un, Code.Conv_Ovf_U_Un,
        Code.Conv_Ovf_I1, Code.Conv_Ovf_U1, Code.Conv_Ovf_I2, Code.Conv_Ovf_U2, Code.Conv_Ovf_I4, Code.Conv_Ovf_U4,
        Code.Conv_Ovf_I8, Code.Conv_Ovf_U8, Code.Conv_Ovf_I, Code.Conv_Ovf_U,
        // indirect access through managed references (ref parameters, struct methods)
        Code.Ldind_I1, Code.Ldind_U1, Code.Ldind_I2, Code.Ldind_U2, Code.Ldind_I4, Code.Ldind_U4, Code.Ldind_I8, Code.Ldind_I,
        Code.Ldind_R4, Code.Ldind_R8, Code.Ldind_Ref, Code.Stind_Ref, Code.Stind_I1, Code.Stind_I2, Code.Stind_I4, Code.Stind_I8,
        Code.Stind_R4, Code.Stind_R8, Code.Stind_I, Code.Ldobj, Code.Stobj, Code.Cpobj, Code.Initobj,
        // objects, fields, type tests
        Code.Newobj, Code.Castclass, Code.Isinst, Code.Box, Code.Unbox, Code.Unbox_Any, Code.Ldfld, Code.Ldflda, Code.Stfld,
        Code.Ldsfld, Code.Ldsflda, Code.Stsfld, Code.Ldtoken, Code.Sizeof, Code.Constrained, Code.Readonly,
        // arrays
        Code.Newarr, Code.Ldlen, Code.Ldelema, Code.Ldelem_I1, Code.Ldelem_U1, Code.Ldelem_I2, Code.Ldelem_U2, Code.Ldelem_I4,
        Code.Ldelem_U4, Code.Ldelem_I8, Code.Ldelem_I, Code.Ldelem_R4, Code.Ldelem_R8, Code.Ldelem_Ref, Code.Ldelem_Any,
        Code.Stelem_I, Code.Stelem_I1, Code.Stelem_I2, Code.Stelem_I4, Code.Stelem_I8, Code.Stelem_R4, Code.Stelem_R8,
        Code.Stelem_Ref, Code.Stelem_Any,
        // calls
        Code.Call, Code.Callvirt,
    ];

    public static bool IsSupported(Code code) => Supported.Contains(code);
}
