using Meta.Tracing.IR;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// Which trace operation an IL arithmetic, comparison or conditional branch becomes, by the
/// kind of its operands (RPython's codewriter/jtransform.py does this per low-level operation).
/// </summary>
public static class TwinOpcodes
{
    public static Opcode Binary(Code code, ShadowKind kind) => (code, kind) switch
    {
        (Code.Add, ShadowKind.I32) => Opcode.IntAdd,
        (Code.Sub, ShadowKind.I32) => Opcode.IntSub,
        (Code.Mul, ShadowKind.I32) => Opcode.IntMul,
        (Code.Div, ShadowKind.I32) => Opcode.IntDiv,
        (Code.Rem, ShadowKind.I32) => Opcode.IntRem,
        (Code.And, ShadowKind.I32) => Opcode.IntAnd,
        (Code.Or, ShadowKind.I32) => Opcode.IntOr,
        (Code.Xor, ShadowKind.I32) => Opcode.IntXor,
        (Code.Shl, ShadowKind.I32) => Opcode.IntShl,
        (Code.Shr, ShadowKind.I32) => Opcode.IntShr,
        (Code.Shr_Un, ShadowKind.I32) => Opcode.IntUshr,
        (Code.Ceq, ShadowKind.I32) => Opcode.IntEq,
        (Code.Cgt, ShadowKind.I32) => Opcode.IntGt,
        (Code.Clt, ShadowKind.I32) => Opcode.IntLt,
        (Code.Cgt_Un, ShadowKind.I32) => Opcode.UintGt,
        (Code.Clt_Un, ShadowKind.I32) => Opcode.UintLt,
        (Code.Add, ShadowKind.I64) => Opcode.LongAdd,
        (Code.Sub, ShadowKind.I64) => Opcode.LongSub,
        (Code.Mul, ShadowKind.I64) => Opcode.LongMul,
        (Code.Div, ShadowKind.I64) => Opcode.LongDiv,
        (Code.Rem, ShadowKind.I64) => Opcode.LongRem,
        (Code.And, ShadowKind.I64) => Opcode.LongAnd,
        (Code.Or, ShadowKind.I64) => Opcode.LongOr,
        (Code.Xor, ShadowKind.I64) => Opcode.LongXor,
        (Code.Shl, ShadowKind.I64) => Opcode.LongShl,
        (Code.Shr, ShadowKind.I64) => Opcode.LongShr,
        (Code.Shr_Un, ShadowKind.I64) => Opcode.LongUshr,
        (Code.Ceq, ShadowKind.I64) => Opcode.LongEq,
        (Code.Cgt, ShadowKind.I64) => Opcode.LongGt,
        (Code.Clt, ShadowKind.I64) => Opcode.LongLt,
        (Code.Cgt_Un, ShadowKind.I64) => Opcode.UlongGt,
        (Code.Clt_Un, ShadowKind.I64) => Opcode.UlongLt,
        (Code.Add, ShadowKind.F64) => Opcode.FloatAdd,
        (Code.Sub, ShadowKind.F64) => Opcode.FloatSub,
        (Code.Mul, ShadowKind.F64) => Opcode.FloatMul,
        (Code.Div, ShadowKind.F64) => Opcode.FloatDiv,
        (Code.Ceq, ShadowKind.F64) => Opcode.FloatEq,
        (Code.Cgt, ShadowKind.F64) => Opcode.FloatGt,
        (Code.Clt, ShadowKind.F64) => Opcode.FloatLt,
        (Code.Ceq, ShadowKind.Ref) => Opcode.PtrEq,
        // C# compiles `x != null` to ldnull; cgt.un.
        (Code.Cgt_Un, ShadowKind.Ref) => Opcode.PtrNe,
        _ => throw new TwinUnsupportedException($"{code.ToString().ToLowerInvariant()} on {kind} has no trace operation in this slice"),
    };

    public static Opcode Unary(Code code, ShadowKind kind) => (code, kind) switch
    {
        (Code.Neg, ShadowKind.I32) => Opcode.IntNeg,
        (Code.Not, ShadowKind.I32) => Opcode.IntNot,
        (Code.Neg, ShadowKind.I64) => Opcode.LongNeg,
        (Code.Not, ShadowKind.I64) => Opcode.LongNot,
        (Code.Neg, ShadowKind.F64) => Opcode.FloatNeg,
        _ => throw new TwinUnsupportedException($"{code.ToString().ToLowerInvariant()} on {kind} has no trace operation in this slice"),
    };

    /// <summary>
    /// A conditional branch as (trace comparison, IL computing it from the two operands,
    /// whether the branch is taken when the comparison is false). The IL respects the unordered
    /// semantics of floats: bge.un (taken when a &lt; b is false, NaN included) is float_lt negated,
    /// bge (taken only when a &gt;= b holds) is float_ge computed as !(a &lt; b or unordered).
    /// </summary>
    public static (Opcode Compare, OpCode[] Il, bool Negated) CompareBranch(Code code, ShadowKind kind)
    {
        var ceq = new[] { OpCodes.Ceq };
        var clt = new[] { OpCodes.Clt };
        var cgt = new[] { OpCodes.Cgt };
        var cltUn = new[] { OpCodes.Clt_Un };
        var cgtUn = new[] { OpCodes.Cgt_Un };
        var code2 = LongForm(code);
        return (kind, code2) switch
        {
            (ShadowKind.I32 or ShadowKind.I64 or ShadowKind.F64 or ShadowKind.Ref, Code.Beq) => (Equal(kind), ceq, false),
            (ShadowKind.I32 or ShadowKind.I64 or ShadowKind.F64 or ShadowKind.Ref, Code.Bne_Un) => (Equal(kind), ceq, true),
            (ShadowKind.I32, Code.Blt) => (Opcode.IntLt, clt, false),
            (ShadowKind.I32, Code.Bgt) => (Opcode.IntGt, cgt, false),
            (ShadowKind.I32, Code.Bge) => (Opcode.IntLt, clt, true),
            (ShadowKind.I32, Code.Ble) => (Opcode.IntGt, cgt, true),
            (ShadowKind.I32, Code.Blt_Un) => (Opcode.UintLt, cltUn, false),
            (ShadowKind.I32, Code.Bgt_Un) => (Opcode.UintGt, cgtUn, false),
            (ShadowKind.I32, Code.Bge_Un) => (Opcode.UintLt, cltUn, true),
            (ShadowKind.I32, Code.Ble_Un) => (Opcode.UintGt, cgtUn, true),
            (ShadowKind.I64, Code.Blt) => (Opcode.LongLt, clt, false),
            (ShadowKind.I64, Code.Bgt) => (Opcode.LongGt, cgt, false),
            (ShadowKind.I64, Code.Bge) => (Opcode.LongLt, clt, true),
            (ShadowKind.I64, Code.Ble) => (Opcode.LongGt, cgt, true),
            (ShadowKind.I64, Code.Blt_Un) => (Opcode.UlongLt, cltUn, false),
            (ShadowKind.I64, Code.Bgt_Un) => (Opcode.UlongGt, cgtUn, false),
            (ShadowKind.I64, Code.Bge_Un) => (Opcode.UlongLt, cltUn, true),
            (ShadowKind.I64, Code.Ble_Un) => (Opcode.UlongGt, cgtUn, true),
            (ShadowKind.F64, Code.Blt) => (Opcode.FloatLt, clt, false),
            (ShadowKind.F64, Code.Bgt) => (Opcode.FloatGt, cgt, false),
            (ShadowKind.F64, Code.Bge) => (Opcode.FloatGe, [OpCodes.Clt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq], false),
            (ShadowKind.F64, Code.Ble) => (Opcode.FloatLe, [OpCodes.Cgt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq], false),
            (ShadowKind.F64, Code.Bge_Un) => (Opcode.FloatLt, clt, true),
            (ShadowKind.F64, Code.Ble_Un) => (Opcode.FloatGt, cgt, true),
            (ShadowKind.F64, Code.Blt_Un) => (Opcode.FloatGe, [OpCodes.Clt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq], true),
            (ShadowKind.F64, Code.Bgt_Un) => (Opcode.FloatLe, [OpCodes.Cgt_Un, OpCodes.Ldc_I4_0, OpCodes.Ceq], true),
            _ => throw new TwinUnsupportedException($"{code.ToString().ToLowerInvariant()} on {kind} has no trace comparison in this slice"),
        };
    }

    private static Opcode Equal(ShadowKind kind) => kind switch
    {
        ShadowKind.I32 => Opcode.IntEq,
        ShadowKind.I64 => Opcode.LongEq,
        ShadowKind.F64 => Opcode.FloatEq,
        _ => Opcode.PtrEq,
    };

    private static Code LongForm(Code code) => code switch
    {
        Code.Beq_S => Code.Beq,
        Code.Bne_Un_S => Code.Bne_Un,
        Code.Blt_S => Code.Blt,
        Code.Ble_S => Code.Ble,
        Code.Bgt_S => Code.Bgt,
        Code.Bge_S => Code.Bge,
        Code.Blt_Un_S => Code.Blt_Un,
        Code.Ble_Un_S => Code.Ble_Un,
        Code.Bgt_Un_S => Code.Bgt_Un,
        Code.Bge_Un_S => Code.Bge_Un,
        _ => code,
    };
}
