using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>
/// What the operations that need no heap and no descriptor compute, written as the C# they
/// stand for (unchecked int/long/double arithmetic, C#'s shift masking, C#'s conversions). The
/// IR interpreter uses it; an optimizer's constant folding can use it too, so that folding and
/// running never disagree.
/// </summary>
public static class OpSemantics
{
    /// <summary>True for the operations <see cref="Evaluate"/> computes.</summary>
    public static bool IsComputed(Opcode code) => code switch
    {
        >= Opcode.IntAdd and <= Opcode.IntIsTrue => !IsOverflowOp(code),
        >= Opcode.LongAdd and <= Opcode.LongIsTrue => !IsOverflowOp(code),
        >= Opcode.FloatAdd and <= Opcode.BitsToFloat => true,
        Opcode.PtrEq or Opcode.PtrNe or Opcode.SameAs or Opcode.StrLen or Opcode.StrGetItem or Opcode.ArrayLen => true,
        _ => false,
    };

    private static bool IsOverflowOp(Opcode code) => OpInfo.Of(code).IsOverflow;

    /// <summary>The result of a pure operation on concrete operands.</summary>
    /// <exception cref="DivideByZeroException">int/long div or rem by zero (a violated precondition).</exception>
    /// <exception cref="OverflowException">MinValue / -1 (a violated precondition).</exception>
    public static TraceValue Evaluate(Opcode code, ReadOnlySpan<TraceValue> args) => code switch
    {
        Opcode.IntAdd => I(args[0].AsInt + args[1].AsInt),
        Opcode.IntSub => I(args[0].AsInt - args[1].AsInt),
        Opcode.IntMul => I(args[0].AsInt * args[1].AsInt),
        Opcode.IntDiv => I(args[0].AsInt / args[1].AsInt),
        Opcode.IntRem => I(args[0].AsInt % args[1].AsInt),
        Opcode.IntAnd => I(args[0].AsInt & args[1].AsInt),
        Opcode.IntOr => I(args[0].AsInt | args[1].AsInt),
        Opcode.IntXor => I(args[0].AsInt ^ args[1].AsInt),
        Opcode.IntShl => I(args[0].AsInt << args[1].AsInt),
        Opcode.IntShr => I(args[0].AsInt >> args[1].AsInt),
        Opcode.IntUshr => I(args[0].AsInt >>> args[1].AsInt),
        Opcode.IntNeg => I(-args[0].AsInt),
        Opcode.IntNot => I(~args[0].AsInt),
        Opcode.IntLt => B(args[0].AsInt < args[1].AsInt),
        Opcode.IntLe => B(args[0].AsInt <= args[1].AsInt),
        Opcode.IntEq => B(args[0].AsInt == args[1].AsInt),
        Opcode.IntNe => B(args[0].AsInt != args[1].AsInt),
        Opcode.IntGt => B(args[0].AsInt > args[1].AsInt),
        Opcode.IntGe => B(args[0].AsInt >= args[1].AsInt),
        Opcode.UintLt => B((uint)args[0].AsInt < (uint)args[1].AsInt),
        Opcode.UintLe => B((uint)args[0].AsInt <= (uint)args[1].AsInt),
        Opcode.UintGt => B((uint)args[0].AsInt > (uint)args[1].AsInt),
        Opcode.UintGe => B((uint)args[0].AsInt >= (uint)args[1].AsInt),
        Opcode.IntIsZero => B(args[0].AsInt == 0),
        Opcode.IntIsTrue => B(args[0].AsInt != 0),

        Opcode.LongAdd => L(args[0].AsLong + args[1].AsLong),
        Opcode.LongSub => L(args[0].AsLong - args[1].AsLong),
        Opcode.LongMul => L(args[0].AsLong * args[1].AsLong),
        Opcode.LongDiv => L(args[0].AsLong / args[1].AsLong),
        Opcode.LongRem => L(args[0].AsLong % args[1].AsLong),
        Opcode.LongAnd => L(args[0].AsLong & args[1].AsLong),
        Opcode.LongOr => L(args[0].AsLong | args[1].AsLong),
        Opcode.LongXor => L(args[0].AsLong ^ args[1].AsLong),
        Opcode.LongShl => L(args[0].AsLong << args[1].AsInt),
        Opcode.LongShr => L(args[0].AsLong >> args[1].AsInt),
        Opcode.LongUshr => L(args[0].AsLong >>> args[1].AsInt),
        Opcode.LongNeg => L(-args[0].AsLong),
        Opcode.LongNot => L(~args[0].AsLong),
        Opcode.LongLt => B(args[0].AsLong < args[1].AsLong),
        Opcode.LongLe => B(args[0].AsLong <= args[1].AsLong),
        Opcode.LongEq => B(args[0].AsLong == args[1].AsLong),
        Opcode.LongNe => B(args[0].AsLong != args[1].AsLong),
        Opcode.LongGt => B(args[0].AsLong > args[1].AsLong),
        Opcode.LongGe => B(args[0].AsLong >= args[1].AsLong),
        Opcode.UlongLt => B((ulong)args[0].AsLong < (ulong)args[1].AsLong),
        Opcode.UlongLe => B((ulong)args[0].AsLong <= (ulong)args[1].AsLong),
        Opcode.UlongGt => B((ulong)args[0].AsLong > (ulong)args[1].AsLong),
        Opcode.UlongGe => B((ulong)args[0].AsLong >= (ulong)args[1].AsLong),
        Opcode.LongIsZero => B(args[0].AsLong == 0),
        Opcode.LongIsTrue => B(args[0].AsLong != 0),

        Opcode.FloatAdd => F(args[0].AsFloat + args[1].AsFloat),
        Opcode.FloatSub => F(args[0].AsFloat - args[1].AsFloat),
        Opcode.FloatMul => F(args[0].AsFloat * args[1].AsFloat),
        Opcode.FloatDiv => F(args[0].AsFloat / args[1].AsFloat),
        Opcode.FloatNeg => F(-args[0].AsFloat),
        Opcode.FloatAbs => F(Math.Abs(args[0].AsFloat)),
        Opcode.FloatLt => B(args[0].AsFloat < args[1].AsFloat),
        Opcode.FloatLe => B(args[0].AsFloat <= args[1].AsFloat),
        Opcode.FloatEq => B(args[0].AsFloat == args[1].AsFloat),
        Opcode.FloatNe => B(args[0].AsFloat != args[1].AsFloat),
        Opcode.FloatGt => B(args[0].AsFloat > args[1].AsFloat),
        Opcode.FloatGe => B(args[0].AsFloat >= args[1].AsFloat),

        Opcode.IntToLong => L(args[0].AsInt),
        Opcode.UintToLong => L((uint)args[0].AsInt),
        Opcode.LongToInt => I((int)args[0].AsLong),
        Opcode.IntToFloat => F(args[0].AsInt),
        Opcode.LongToFloat => F(args[0].AsLong),
        // Saturating since .NET 9 (NaN gives 0), on every platform: the same as CIL's conv.i4/conv.i8.
        Opcode.FloatToInt => I((int)args[0].AsFloat),
        Opcode.FloatToLong => L((long)args[0].AsFloat),
        Opcode.FloatToBits => L(BitConverter.DoubleToInt64Bits(args[0].AsFloat)),
        Opcode.BitsToFloat => F(BitConverter.Int64BitsToDouble(args[0].AsLong)),

        Opcode.PtrEq => B(ReferenceEquals(args[0].AsRef, args[1].AsRef)),
        Opcode.PtrNe => B(!ReferenceEquals(args[0].AsRef, args[1].AsRef)),
        Opcode.SameAs => args[0],
        Opcode.StrLen => I(((string)args[0].AsRef!).Length),
        Opcode.StrGetItem => I(((string)args[0].AsRef!)[args[1].AsInt]),
        Opcode.ArrayLen => I(((Array)args[0].AsRef!).Length),
        _ => throw new ArgumentException($"{OpInfo.Of(code).Name} is not computed from its operands alone", nameof(code)),
    };

    /// <summary>The wrapped result of an _ovf operation and whether the exact result overflowed.</summary>
    public static TraceValue EvaluateOverflow(Opcode code, TraceValue a, TraceValue b, out bool overflowed)
    {
        switch (code)
        {
            case Opcode.IntAddOvf:
            case Opcode.IntSubOvf:
            case Opcode.IntMulOvf:
                long x = a.AsInt, y = b.AsInt;
                var exact = code switch
                {
                    Opcode.IntAddOvf => x + y,
                    Opcode.IntSubOvf => x - y,
                    _ => x * y,
                };
                overflowed = exact is < int.MinValue or > int.MaxValue;
                return I((int)exact);
            case Opcode.LongAddOvf:
            case Opcode.LongSubOvf:
            case Opcode.LongMulOvf:
                Int128 p = a.AsLong, q = b.AsLong;
                var wide = code switch
                {
                    Opcode.LongAddOvf => p + q,
                    Opcode.LongSubOvf => p - q,
                    _ => p * q,
                };
                overflowed = wide < long.MinValue || wide > long.MaxValue;
                return L((long)wide);
            default:
                throw new ArgumentException($"{OpInfo.Of(code).Name} is not an overflow operation", nameof(code));
        }
    }

    private static TraceValue I(int value) => TraceValue.Int(value);
    private static TraceValue L(long value) => TraceValue.Long(value);
    private static TraceValue F(double value) => TraceValue.Float(value);
    private static TraceValue B(bool value) => TraceValue.Int(value ? 1 : 0);
}
