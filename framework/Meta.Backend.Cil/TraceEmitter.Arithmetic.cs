using System.Reflection;
using System.Reflection.Emit;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// Integer, float, comparison, conversion and reference operations: the operands pushed, then a
/// short IL sequence, as the C# compiler emits for the same expressions.
/// </summary>
internal sealed partial class TraceEmitter
{
    private static readonly MethodInfo AbsDouble = typeof(Math).GetMethod(nameof(Math.Abs), [typeof(double)])!;

    private static readonly OpCode[] Not = [OpCodes.Ldc_I4_0, OpCodes.Ceq];

    /// <summary>The IL after the operands for the ops that are one sequence; null for the others.</summary>
    private static OpCode[]? Sequence(Opcode code) => code switch
    {
        Opcode.IntAdd or Opcode.LongAdd or Opcode.FloatAdd => [OpCodes.Add],
        Opcode.IntSub or Opcode.LongSub or Opcode.FloatSub => [OpCodes.Sub],
        Opcode.IntMul or Opcode.LongMul or Opcode.FloatMul => [OpCodes.Mul],
        Opcode.IntDiv or Opcode.LongDiv or Opcode.FloatDiv => [OpCodes.Div],
        Opcode.IntRem or Opcode.LongRem => [OpCodes.Rem],
        Opcode.IntAnd or Opcode.LongAnd => [OpCodes.And],
        Opcode.IntOr or Opcode.LongOr => [OpCodes.Or],
        Opcode.IntXor or Opcode.LongXor => [OpCodes.Xor],
        // C# masks the count (ECMA-335 leaves counts >= the width unspecified), so mask it here too.
        Opcode.IntShl => [OpCodes.Ldc_I4_S, OpCodes.And, OpCodes.Shl],
        Opcode.IntShr => [OpCodes.Ldc_I4_S, OpCodes.And, OpCodes.Shr],
        Opcode.IntUshr => [OpCodes.Ldc_I4_S, OpCodes.And, OpCodes.Shr_Un],
        Opcode.LongShl => [OpCodes.Ldc_I4_S, OpCodes.And, OpCodes.Shl],
        Opcode.LongShr => [OpCodes.Ldc_I4_S, OpCodes.And, OpCodes.Shr],
        Opcode.LongUshr => [OpCodes.Ldc_I4_S, OpCodes.And, OpCodes.Shr_Un],
        Opcode.IntNeg or Opcode.LongNeg or Opcode.FloatNeg => [OpCodes.Neg],
        Opcode.IntNot or Opcode.LongNot => [OpCodes.Not],

        Opcode.IntLt or Opcode.LongLt or Opcode.FloatLt => [OpCodes.Clt],
        Opcode.IntGt or Opcode.LongGt or Opcode.FloatGt => [OpCodes.Cgt],
        Opcode.IntEq or Opcode.LongEq or Opcode.FloatEq or Opcode.PtrEq => [OpCodes.Ceq],
        Opcode.IntNe or Opcode.LongNe or Opcode.FloatNe or Opcode.PtrNe => [OpCodes.Ceq, .. Not],
        // a <= b is !(a > b); for floats "greater or unordered" (cgt.un) so that NaN gives false.
        Opcode.IntLe or Opcode.LongLe => [OpCodes.Cgt, .. Not],
        Opcode.IntGe or Opcode.LongGe => [OpCodes.Clt, .. Not],
        Opcode.FloatLe => [OpCodes.Cgt_Un, .. Not],
        Opcode.FloatGe => [OpCodes.Clt_Un, .. Not],
        Opcode.UintLt or Opcode.UlongLt => [OpCodes.Clt_Un],
        Opcode.UintGt or Opcode.UlongGt => [OpCodes.Cgt_Un],
        Opcode.UintLe or Opcode.UlongLe => [OpCodes.Cgt_Un, .. Not],
        Opcode.UintGe or Opcode.UlongGe => [OpCodes.Clt_Un, .. Not],
        Opcode.IntIsZero => [OpCodes.Ldc_I4_0, OpCodes.Ceq],
        Opcode.IntIsTrue => [OpCodes.Ldc_I4_0, OpCodes.Cgt_Un],
        Opcode.LongIsZero => [OpCodes.Ldc_I4_0, OpCodes.Conv_I8, OpCodes.Ceq],
        Opcode.LongIsTrue => [OpCodes.Ldc_I4_0, OpCodes.Conv_I8, OpCodes.Cgt_Un],

        Opcode.IntToLong => [OpCodes.Conv_I8],
        Opcode.UintToLong => [OpCodes.Conv_U8],
        Opcode.LongToInt => [OpCodes.Conv_I4],
        Opcode.IntToFloat or Opcode.LongToFloat => [OpCodes.Conv_R8],
        // Saturating since .NET 9 on every platform, as C#'s casts (the interpreter's semantics).
        Opcode.FloatToInt => [OpCodes.Conv_I4],
        Opcode.FloatToLong => [OpCodes.Conv_I8],
        Opcode.SameAs => [],
        _ => null,
    };

    private bool EmitArithmetic(Operation op)
    {
        if (op.Info.IsOverflow)
        {
            EmitOverflow(op);
            return true;
        }
        var sequence = Sequence(op.Opcode);
        if (sequence is null)
        {
            switch (op.Opcode)
            {
                case Opcode.FloatAbs:
                    LoadOperands(op);
                    _il.Emit(OpCodes.Call, AbsDouble);
                    break;
                case Opcode.FloatToBits:
                    LoadOperands(op);
                    _il.Emit(OpCodes.Call, DoubleToBits);
                    break;
                case Opcode.BitsToFloat:
                    LoadOperands(op);
                    _il.Emit(OpCodes.Call, BitsToDouble);
                    break;
                default:
                    return false;
            }
            Store(op);
            return true;
        }
        LoadOperands(op);
        foreach (var code in sequence)
        {
            if (code == OpCodes.Ldc_I4_S)
            {
                // The shift-count mask: 31 for an i32 shifted, 63 for an i64.
                _il.Emit(OpCodes.Ldc_I4_S, (sbyte)(op.Operands[0].Kind == ValueKind.I64 ? 63 : 31));
            }
            else
            {
                _il.Emit(code);
            }
        }
        Store(op);
        return true;
    }

    private void LoadOperands(Operation op)
    {
        foreach (var operand in op.Operands)
        {
            Load(operand);
        }
    }
}
