using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The IL opcodes the twin generator handles today: a subset of the checker's RC# table
/// (Rules/OpcodeTable, META0017), which says what twins must handle eventually. A method using
/// an opcode outside this table gets no twin (a translation result listed in the report, its
/// calls stay residual), never a twin that silently skips the instruction.
/// </summary>
public static class TwinOpcodeTable
{
    private static readonly HashSet<Code> Handled =
    [
        Code.Nop, Code.Dup, Code.Pop, Code.Ret,
        // constants
        Code.Ldnull, Code.Ldc_I4_M1, Code.Ldc_I4_0, Code.Ldc_I4_1, Code.Ldc_I4_2, Code.Ldc_I4_3, Code.Ldc_I4_4, Code.Ldc_I4_5,
        Code.Ldc_I4_6, Code.Ldc_I4_7, Code.Ldc_I4_8, Code.Ldc_I4_S, Code.Ldc_I4, Code.Ldc_I8, Code.Ldc_R8, Code.Ldstr,
        // locals and arguments, by value
        Code.Ldarg_0, Code.Ldarg_1, Code.Ldarg_2, Code.Ldarg_3, Code.Ldarg_S, Code.Ldarg, Code.Starg_S, Code.Starg,
        Code.Ldloc_0, Code.Ldloc_1, Code.Ldloc_2, Code.Ldloc_3, Code.Ldloc_S, Code.Ldloc,
        Code.Stloc_0, Code.Stloc_1, Code.Stloc_2, Code.Stloc_3, Code.Stloc_S, Code.Stloc,
        // addresses, only as the receiver of a primitive struct's method (see PrimitiveReceivers)
        Code.Ldloca_S, Code.Ldloca, Code.Ldarga_S, Code.Ldarga, Code.Ldflda,
        // branches
        Code.Br_S, Code.Br, Code.Brfalse_S, Code.Brfalse, Code.Brtrue_S, Code.Brtrue, Code.Beq_S, Code.Beq, Code.Bge_S, Code.Bge,
        Code.Bgt_S, Code.Bgt, Code.Ble_S, Code.Ble, Code.Blt_S, Code.Blt, Code.Bne_Un_S, Code.Bne_Un, Code.Bge_Un_S, Code.Bge_Un,
        Code.Bgt_Un_S, Code.Bgt_Un, Code.Ble_Un_S, Code.Ble_Un, Code.Blt_Un_S, Code.Blt_Un, Code.Switch,
        // arithmetic, bitwise, comparisons (int32, int64, double; see TwinOpcodes for the kinds each takes)
        Code.Add, Code.Sub, Code.Mul, Code.Div, Code.Rem, Code.Div_Un, Code.Rem_Un, Code.And, Code.Or, Code.Xor, Code.Shl, Code.Shr, Code.Shr_Un,
        Code.Neg, Code.Not, Code.Add_Ovf, Code.Sub_Ovf, Code.Mul_Ovf, Code.Ceq, Code.Cgt, Code.Cgt_Un, Code.Clt, Code.Clt_Un,
        // conversions
        Code.Conv_I1, Code.Conv_U1, Code.Conv_I2, Code.Conv_U2, Code.Conv_I4, Code.Conv_U4, Code.Conv_I8, Code.Conv_U8, Code.Conv_R8,
        // native ints: only as int32 array indices (see TwinEmitter.EmitConversion)
        Code.Conv_I, Code.Conv_Ovf_I,
        // objects and fields (newobj: of classes whose constructor has a twin)
        Code.Newobj, Code.Ldfld, Code.Stfld, Code.Ldsfld, Code.Stsfld, Code.Castclass, Code.Isinst,
        // arrays
        Code.Newarr, Code.Ldlen, Code.Ldelem_I1, Code.Ldelem_U1, Code.Ldelem_I2, Code.Ldelem_U2, Code.Ldelem_I4, Code.Ldelem_U4,
        Code.Ldelem_I8, Code.Ldelem_R8, Code.Ldelem_Ref, Code.Ldelem_Any,
        Code.Stelem_I1, Code.Stelem_I2, Code.Stelem_I4, Code.Stelem_I8, Code.Stelem_R8, Code.Stelem_Ref, Code.Stelem_Any,
        // calls
        Code.Call, Code.Callvirt,
        // exceptions (catch and finally handlers; filters and fault handlers are META0011)
        Code.Throw, Code.Rethrow, Code.Leave, Code.Leave_S, Code.Endfinally,
    ];

    public static IReadOnlyCollection<Code> All => Handled;

    public static bool Handles(Code code) => Handled.Contains(code);
}
