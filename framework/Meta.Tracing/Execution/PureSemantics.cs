using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>
/// What the pure operations compute, on constants: the one definition the recorder's folding,
/// the optimizer's constant folding and the reference interpreter share, so they cannot drift
/// apart. Returns null where an operation has no result to fold (a precondition does not hold,
/// an _ovf op overflows, or the op is not pure arithmetic).
/// </summary>
public static class PureSemantics
{
    public static Constant? Fold(Opcode opcode, IReadOnlyList<Constant> operands) => opcode switch
    {
        >= Opcode.IntAdd and <= Opcode.IntIsTrue => Int32(opcode, operands),
        >= Opcode.LongAdd and <= Opcode.LongIsTrue => Int64(opcode, operands),
        >= Opcode.FloatAdd and <= Opcode.FloatGe => Float(opcode, operands[0].AsFloat, operands.Count > 1 ? operands[1].AsFloat : 0),
        >= Opcode.IntToLong and <= Opcode.BitsToFloat => Convert(opcode, operands[0]),
        Opcode.PtrEq => Bool(ReferenceEquals(operands[0].AsRef, operands[1].AsRef)),
        Opcode.PtrNe => Bool(!ReferenceEquals(operands[0].AsRef, operands[1].AsRef)),
        Opcode.SameAs => operands[0],
        Opcode.StrLen => operands[0].AsRef is string text ? Constant.Int(text.Length) : null,
        Opcode.StrGetItem => operands[0].AsRef is string text && (uint)operands[1].AsInt < (uint)text.Length ? Constant.Int(text[operands[1].AsInt]) : null,
        _ => null,
    };

    private static Constant Bool(bool value) => Constant.Int(value ? 1 : 0);

    private static Constant? Int32(Opcode opcode, IReadOnlyList<Constant> operands)
    {
        var a = operands[0].AsInt;
        var b = operands.Count > 1 ? operands[1].AsInt : 0;
        return opcode switch
        {
            Opcode.IntAdd => Constant.Int(unchecked(a + b)),
            Opcode.IntSub => Constant.Int(unchecked(a - b)),
            Opcode.IntMul => Constant.Int(unchecked(a * b)),
            Opcode.IntDiv => b == 0 || (a == int.MinValue && b == -1) ? null : Constant.Int(a / b),
            Opcode.IntRem => b == 0 || (a == int.MinValue && b == -1) ? null : Constant.Int(a % b),
            Opcode.IntAnd => Constant.Int(a & b),
            Opcode.IntOr => Constant.Int(a | b),
            Opcode.IntXor => Constant.Int(a ^ b),
            Opcode.IntShl => Constant.Int(a << b),
            Opcode.IntShr => Constant.Int(a >> b),
            Opcode.IntUshr => Constant.Int(a >>> b),
            Opcode.IntNeg => Constant.Int(unchecked(-a)),
            Opcode.IntNot => Constant.Int(~a),
            Opcode.IntAddOvf => FitsInt32((long)a + b),
            Opcode.IntSubOvf => FitsInt32((long)a - b),
            Opcode.IntMulOvf => FitsInt32((long)a * b),
            Opcode.IntLt => Bool(a < b),
            Opcode.IntLe => Bool(a <= b),
            Opcode.IntEq => Bool(a == b),
            Opcode.IntNe => Bool(a != b),
            Opcode.IntGt => Bool(a > b),
            Opcode.IntGe => Bool(a >= b),
            Opcode.UintLt => Bool((uint)a < (uint)b),
            Opcode.UintLe => Bool((uint)a <= (uint)b),
            Opcode.UintGt => Bool((uint)a > (uint)b),
            Opcode.UintGe => Bool((uint)a >= (uint)b),
            Opcode.IntIsZero => Bool(a == 0),
            Opcode.IntIsTrue => Bool(a != 0),
            _ => null,
        };
    }

    private static Constant? Int64(Opcode opcode, IReadOnlyList<Constant> operands)
    {
        var a = operands[0].AsLong;
        var isShift = opcode is Opcode.LongShl or Opcode.LongShr or Opcode.LongUshr;
        var shift = isShift ? operands[1].AsInt : 0;
        var b = operands.Count > 1 && !isShift ? operands[1].AsLong : 0;
        return opcode switch
        {
            Opcode.LongAdd => Constant.Long(unchecked(a + b)),
            Opcode.LongSub => Constant.Long(unchecked(a - b)),
            Opcode.LongMul => Constant.Long(unchecked(a * b)),
            Opcode.LongDiv => b == 0 || (a == long.MinValue && b == -1) ? null : Constant.Long(a / b),
            Opcode.LongRem => b == 0 || (a == long.MinValue && b == -1) ? null : Constant.Long(a % b),
            Opcode.LongAnd => Constant.Long(a & b),
            Opcode.LongOr => Constant.Long(a | b),
            Opcode.LongXor => Constant.Long(a ^ b),
            Opcode.LongShl => Constant.Long(a << shift),
            Opcode.LongShr => Constant.Long(a >> shift),
            Opcode.LongUshr => Constant.Long(a >>> shift),
            Opcode.LongNeg => Constant.Long(unchecked(-a)),
            Opcode.LongNot => Constant.Long(~a),
            Opcode.LongAddOvf => AddOverflows(a, b) ? null : Constant.Long(unchecked(a + b)),
            Opcode.LongSubOvf => SubOverflows(a, b) ? null : Constant.Long(unchecked(a - b)),
            Opcode.LongMulOvf => MulOverflows(a, b) ? null : Constant.Long(unchecked(a * b)),
            Opcode.LongLt => Bool(a < b),
            Opcode.LongLe => Bool(a <= b),
            Opcode.LongEq => Bool(a == b),
            Opcode.LongNe => Bool(a != b),
            Opcode.LongGt => Bool(a > b),
            Opcode.LongGe => Bool(a >= b),
            Opcode.UlongLt => Bool((ulong)a < (ulong)b),
            Opcode.UlongLe => Bool((ulong)a <= (ulong)b),
            Opcode.UlongGt => Bool((ulong)a > (ulong)b),
            Opcode.UlongGe => Bool((ulong)a >= (ulong)b),
            Opcode.LongIsZero => Bool(a == 0),
            Opcode.LongIsTrue => Bool(a != 0),
            _ => null,
        };
    }

    private static Constant? Float(Opcode opcode, double a, double b) => opcode switch
    {
        Opcode.FloatAdd => Constant.Float(a + b),
        Opcode.FloatSub => Constant.Float(a - b),
        Opcode.FloatMul => Constant.Float(a * b),
        Opcode.FloatDiv => Constant.Float(a / b),
        Opcode.FloatNeg => Constant.Float(-a),
        Opcode.FloatAbs => Constant.Float(Math.Abs(a)),
        Opcode.FloatLt => Bool(a < b),
        Opcode.FloatLe => Bool(a <= b),
        Opcode.FloatEq => Bool(a == b),
        Opcode.FloatNe => Bool(a != b),
        Opcode.FloatGt => Bool(a > b),
        Opcode.FloatGe => Bool(a >= b),
        _ => null,
    };

    private static Constant? Convert(Opcode opcode, Constant a) => opcode switch
    {
        Opcode.IntToLong => Constant.Long(a.AsInt),
        Opcode.UintToLong => Constant.Long((uint)a.AsInt),
        Opcode.LongToInt => Constant.Int(unchecked((int)a.AsLong)),
        Opcode.IntToFloat => Constant.Float(a.AsInt),
        Opcode.LongToFloat => Constant.Float(a.AsLong),
        // C#'s conversions saturate (NaN to 0) since .NET 9, on every platform.
        Opcode.FloatToInt => Constant.Int((int)a.AsFloat),
        Opcode.FloatToLong => Constant.Long((long)a.AsFloat),
        Opcode.FloatToBits => Constant.Long(BitConverter.DoubleToInt64Bits(a.AsFloat)),
        Opcode.BitsToFloat => Constant.Float(BitConverter.Int64BitsToDouble(a.AsLong)),
        _ => null,
    };

    private static Constant? FitsInt32(long exact) => exact is >= int.MinValue and <= int.MaxValue ? Constant.Int((int)exact) : null;

    /// <summary>a + b overflows a long: both operands have a sign the wrapped sum does not.</summary>
    public static bool AddOverflows(long a, long b)
    {
        var sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) < 0;
    }

    /// <summary>a - b overflows a long: the operands differ in sign and the result has b's.</summary>
    public static bool SubOverflows(long a, long b)
    {
        var difference = unchecked(a - b);
        return ((a ^ b) & (a ^ difference)) < 0;
    }

    /// <summary>a * b overflows a long: the high half of the 128-bit product is not the sign of the low half.</summary>
    public static bool MulOverflows(long a, long b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high != (low >> 63);
    }
}
