using System.Reflection;
using System.Reflection.Emit;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// The _ovf operations: the wrapped result goes to the op's local, whether the exact result
/// overflowed to a flag local that the following guard_no_overflow / guard_overflow tests.
/// Two strategies (<see cref="CilCompileOptions.CheckedOverflow"/>); docs/backend-cil.md has the
/// measurement that picked the default.
/// </summary>
internal sealed partial class TraceEmitter
{
    private static readonly MethodInfo BigMul = typeof(Math).GetMethod(nameof(Math.BigMul), [typeof(long), typeof(long), typeof(long).MakeByRefType()])!;

    private void EmitOverflow(Operation op)
    {
        if (_options.CheckedOverflow)
        {
            EmitCheckedOverflow(op);
        }
        else
        {
            EmitTestedOverflow(op);
        }
    }

    /// <summary>
    /// Wrapped arithmetic plus a test (Hacker's Delight §2-13): a sum overflowed when both
    /// operands' signs differ from the result's, a difference when the operands' signs differ and
    /// the result's differs from the minuend's; a 32-bit product when the 64-bit product does not
    /// fit, a 64-bit one when the high half of the 128-bit product is not the low half's sign.
    /// </summary>
    private void EmitTestedOverflow(Operation op)
    {
        var (a, b) = (op.Operands[0], op.Operands[1]);
        var result = _locals[op];
        var isLong = op.Kind == ValueKind.I64;
        switch (op.Opcode)
        {
            case Opcode.IntAddOvf or Opcode.LongAddOvf:
                Load(a);
                Load(b);
                _il.Emit(OpCodes.Add);
                _il.Emit(OpCodes.Stloc, result);
                Load(a);
                _il.Emit(OpCodes.Ldloc, result);
                _il.Emit(OpCodes.Xor);
                Load(b);
                _il.Emit(OpCodes.Ldloc, result);
                _il.Emit(OpCodes.Xor);
                _il.Emit(OpCodes.And);
                EmitIsNegative(isLong);
                break;
            case Opcode.IntSubOvf or Opcode.LongSubOvf:
                Load(a);
                Load(b);
                _il.Emit(OpCodes.Sub);
                _il.Emit(OpCodes.Stloc, result);
                Load(a);
                Load(b);
                _il.Emit(OpCodes.Xor);
                Load(a);
                _il.Emit(OpCodes.Ldloc, result);
                _il.Emit(OpCodes.Xor);
                _il.Emit(OpCodes.And);
                EmitIsNegative(isLong);
                break;
            case Opcode.IntMulOvf:
                var product = Temp(typeof(long));
                Load(a);
                _il.Emit(OpCodes.Conv_I8);
                Load(b);
                _il.Emit(OpCodes.Conv_I8);
                _il.Emit(OpCodes.Mul);
                _il.Emit(OpCodes.Stloc, product);
                _il.Emit(OpCodes.Ldloc, product);
                _il.Emit(OpCodes.Conv_I4);
                _il.Emit(OpCodes.Stloc, result);
                _il.Emit(OpCodes.Ldloc, product);
                _il.Emit(OpCodes.Ldloc, result);
                _il.Emit(OpCodes.Conv_I8);
                _il.Emit(OpCodes.Ceq);
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
                break;
            default:
                Load(a);
                Load(b);
                _il.Emit(OpCodes.Ldloca, result);
                _il.Emit(OpCodes.Call, BigMul);
                _il.Emit(OpCodes.Ldloc, result);
                _il.Emit(OpCodes.Ldc_I4_S, (sbyte)63);
                _il.Emit(OpCodes.Shr);
                _il.Emit(OpCodes.Ceq);
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
                break;
        }
        _il.Emit(OpCodes.Stloc, OverflowFlag);
    }

    private void EmitIsNegative(bool isLong)
    {
        _il.Emit(OpCodes.Ldc_I4_0);
        if (isLong)
        {
            _il.Emit(OpCodes.Conv_I8);
        }
        _il.Emit(OpCodes.Clt);
    }

    /// <summary>
    /// CIL's checked arithmetic in a try block; the handler recomputes the wrapped result and sets
    /// the flag. Cheap when nothing overflows, a thrown exception (microseconds) when it does.
    /// </summary>
    private void EmitCheckedOverflow(Operation op)
    {
        var (a, b) = (op.Operands[0], op.Operands[1]);
        var (checkedCode, wrappedCode) = op.Opcode switch
        {
            Opcode.IntAddOvf or Opcode.LongAddOvf => (OpCodes.Add_Ovf, OpCodes.Add),
            Opcode.IntSubOvf or Opcode.LongSubOvf => (OpCodes.Sub_Ovf, OpCodes.Sub),
            _ => (OpCodes.Mul_Ovf, OpCodes.Mul),
        };
        _il.BeginExceptionBlock();
        Load(a);
        Load(b);
        _il.Emit(checkedCode);
        Store(op);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stloc, OverflowFlag);
        _il.BeginCatchBlock(typeof(OverflowException));
        _il.Emit(OpCodes.Pop);
        Load(a);
        Load(b);
        _il.Emit(wrappedCode);
        Store(op);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Stloc, OverflowFlag);
        _il.EndExceptionBlock();
    }
}
