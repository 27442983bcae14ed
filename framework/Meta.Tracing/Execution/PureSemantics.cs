using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>
/// Constant folding on top of <see cref="OpSemantics"/>, the one definition of what operations
/// compute: the optimizer's folding and the IR interpreter cannot drift apart. Returns null
/// where there is nothing to fold to: a precondition does not hold (division by zero,
/// MinValue / -1, an index out of range, a non-string), or an _ovf op overflows.
/// </summary>
public static class PureSemantics
{
    public static Constant? Fold(Opcode opcode, IReadOnlyList<Constant> operands)
    {
        var args = operands.Select(TraceValue.FromConstant).ToArray();
        if (OpInfo.Of(opcode).IsOverflow)
        {
            var wrapped = OpSemantics.EvaluateOverflow(opcode, args[0], args[1], out var overflowed);
            return overflowed ? null : wrapped.ToConstant();
        }
        if (!OpSemantics.IsComputed(opcode) || !PreconditionsHold(opcode, args))
        {
            return null;
        }
        return OpSemantics.Evaluate(opcode, args).ToConstant();
    }

    private static bool PreconditionsHold(Opcode opcode, TraceValue[] args) => opcode switch
    {
        Opcode.IntDiv or Opcode.IntRem => args[1].AsInt != 0 && !(args[0].AsInt == int.MinValue && args[1].AsInt == -1),
        Opcode.LongDiv or Opcode.LongRem => args[1].AsLong != 0 && !(args[0].AsLong == long.MinValue && args[1].AsLong == -1),
        Opcode.StrLen => args[0].AsRef is string,
        Opcode.StrGetItem => args[0].AsRef is string text && (uint)args[1].AsInt < (uint)text.Length,
        Opcode.ArrayLen => args[0].AsRef is Array,
        _ => true,
    };
}
