using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

public class ArithmeticTests
{
    private static readonly int[] Ints = [0, 1, -1, 2, 7, -7, 31, 32, 33, 100, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1, 65536, -65536];
    private static readonly long[] Longs = [0, 1, -1, 7, -7, 63, 64, 65, long.MaxValue, long.MinValue, int.MaxValue, int.MinValue, 1L << 32, 3_037_000_500L, -3_037_000_500L];
    private static readonly double[] Floats = [0.0, -0.0, 1.5, -2.25, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e-300, 2147483647.5, -2147483649.0, 9.3e18, double.Epsilon];

    public static TheoryData<Opcode> ComputedOps()
    {
        var data = new TheoryData<Opcode>();
        foreach (var info in OpInfo.All)
        {
            var numeric = info.Operands.All(spec => spec is KindSpec.I32 or KindSpec.I64 or KindSpec.F64) && info.Operands.Count > 0;
            if (numeric && (OpSemantics.IsComputed(info.Code) || info.IsOverflow))
            {
                data.Add(info.Code);
            }
        }
        return data;
    }

    private static IEnumerable<TraceValue> Pool(KindSpec spec) => spec switch
    {
        KindSpec.I32 => Ints.Select(Int),
        KindSpec.I64 => Longs.Select(Long),
        _ => Floats.Select(Float),
    };

    /// <summary>Every numeric op on every pair of interesting values: backend equals interpreter.</summary>
    [Theory]
    [MemberData(nameof(ComputedOps))]
    public void Numeric_op_agrees_with_the_interpreter_on_edge_values(Opcode code)
    {
        var info = OpInfo.Of(code);
        var names = info.Operands.Select((spec, i) => OpInfo.FixedKind(spec)!.Value.Prefix() + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var result = Operation.ResultKind(info, info.Operands.Select(spec => (Value)new Input(OpInfo.FixedKind(spec)!.Value)).ToList(), null);
        var resultName = result.Prefix() + "9";
        var text = $"[{string.Join(", ", names)}]\n{resultName} = {info.Name}({string.Join(", ", names)})\n";
        if (info.IsOverflow)
        {
            text += "guard_no_overflow() [f@1 stack(" + resultName + ")]\n";
        }
        text += $"finish({resultName})\n";
        var trace = TestWorld.Parse(text);
        var tuples = info.Operands.Count == 1
            ? Pool(info.Operands[0]).Select(a => new[] { a })
            : Pool(info.Operands[0]).SelectMany(a => Pool(info.Operands[1]).Select(b => new[] { a, b }));
        foreach (var args in tuples)
        {
            if (ViolatesDivisionPrecondition(code, args))
            {
                continue;
            }
            Differential.Run(trace, () => args);
            if (info.IsOverflow)
            {
                Differential.Run(trace, () => args, checkedOverflow: true);
            }
        }
    }

    private static bool ViolatesDivisionPrecondition(Opcode code, TraceValue[] args) => code switch
    {
        Opcode.IntDiv or Opcode.IntRem => args[1].AsInt == 0 || (args[0].AsInt == int.MinValue && args[1].AsInt == -1),
        Opcode.LongDiv or Opcode.LongRem => args[1].AsLong == 0 || (args[0].AsLong == long.MinValue && args[1].AsLong == -1),
        _ => false,
    };

    [Fact]
    public void Int_arithmetic_wraps_like_unchecked_CSharp()
    {
        var exit = Differential.Run("""
            [i0, i1]
            i2 = int_add(i0, i1)
            i3 = int_mul(i2, 3)
            i4 = int_sub(i3, i0)
            i5 = int_neg(-2147483648)
            finish(i2, i3, i4, i5)
            """, Int(int.MaxValue), Int(1));
        Assert.Equal(ExitKind.Finish, exit.Kind);
        Assert.Equal([Int(int.MinValue), Int(unchecked(int.MinValue * 3)), Int(unchecked(int.MinValue * 3 - int.MaxValue)), Int(int.MinValue)], exit.Values);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Int_add_ovf_exits_at_guard_no_overflow_with_its_live_values(bool checkedOverflow)
    {
        var trace = TestWorld.Parse("""
            [i0, i1]
            i2 = int_add_ovf(i0, i1)
            guard_no_overflow() [Interp.Add@7 locals(i0, -, i1) stack(5)]
            l3 = long_mul_ovf(9223372036854775807L, 1L)
            guard_no_overflow() [Interp.Add@9]
            finish(i2)
            """);
        var fails = Differential.Run(trace, () => [Int(int.MaxValue), Int(1)], checkedOverflow: checkedOverflow);
        Assert.Equal(ExitKind.Guard, fails.Kind);
        Assert.Equal(0, fails.GuardIndex);
        Assert.Equal([Int(int.MaxValue), Int(1)], fails.Values);
        var passes = Differential.Run(trace, () => [Int(40), Int(2)], checkedOverflow: checkedOverflow);
        Assert.Equal([Int(42)], passes.Values);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Guard_overflow_passes_only_when_the_op_overflowed(bool checkedOverflow)
    {
        var trace = TestWorld.Parse("""
            [l0, l1]
            l2 = long_mul_ovf(l0, l1)
            guard_overflow() [Interp.Mul@3 locals(l0, l1)]
            finish(l2)
            """);
        var overflowed = Differential.Run(trace, () => [Long(long.MaxValue), Long(2)], checkedOverflow: checkedOverflow);
        Assert.Equal(ExitKind.Finish, overflowed.Kind);
        Assert.Equal([Long(unchecked(long.MaxValue * 2))], overflowed.Values);
        var exact = Differential.Run(trace, () => [Long(3), Long(-4)], checkedOverflow: checkedOverflow);
        Assert.Equal(ExitKind.Guard, exact.Kind);
        Assert.Equal([Long(3), Long(-4)], exact.Values);
    }

    [Fact]
    public void Shift_counts_are_masked_as_in_CSharp()
    {
        var exit = Differential.Run("""
            [i0, l1]
            i2 = int_shl(i0, 33)
            i3 = int_shr(-16, 36)
            i4 = int_ushr(-16, 36)
            l5 = long_shl(l1, 65)
            l6 = long_ushr(-1L, 127)
            finish(i2, i3, i4, l5, l6)
            """, Int(3), Long(5));
        Assert.Equal([Int(6), Int(-1), Int(0x0FFFFFFF), Long(10), Long(1)], exit.Values);
    }

    [Fact]
    public void Division_truncates_toward_zero_and_remainder_takes_the_dividend_sign()
    {
        var exit = Differential.Run("""
            [i0, l1]
            i2 = int_div(i0, 2)
            i3 = int_rem(i0, 2)
            l4 = long_div(l1, -3L)
            l5 = long_rem(l1, -3L)
            finish(i2, i3, l4, l5)
            """, Int(-7), Long(10));
        Assert.Equal([Int(-3), Int(-1), Long(-3), Long(1)], exit.Values);
    }

    [Fact]
    public void A_violated_division_precondition_throws_from_both()
    {
        Assert.Throws<DivideByZeroException>(() => Differential.Run("""
            [i0, i1]
            i2 = int_div(i0, i1)
            finish(i2)
            """, Int(1), Int(0)));
    }

    [Fact]
    public void Unsigned_comparisons_read_the_bits_as_unsigned()
    {
        var exit = Differential.Run("""
            [i0, l1]
            i2 = uint_lt(i0, 1)
            i3 = uint_gt(i0, 1)
            i4 = ulong_ge(l1, 0L)
            i5 = ulong_lt(l1, 5L)
            i6 = int_lt(i0, 1)
            finish(i2, i3, i4, i5, i6)
            """, Int(-1), Long(-1));
        Assert.Equal([Int(0), Int(1), Int(1), Int(0), Int(1)], exit.Values);
    }

    [Fact]
    public void Float_comparisons_with_NaN_are_false_except_ne()
    {
        var exit = Differential.Run("""
            [f0]
            i1 = float_lt(f0, 1.0)
            i2 = float_le(f0, 1.0)
            i3 = float_ge(f0, 1.0)
            i4 = float_eq(f0, f0)
            i5 = float_ne(f0, f0)
            f6 = float_abs(-2.5)
            f7 = float_div(1.0, -0.0)
            finish(i1, i2, i3, i4, i5, f6, f7)
            """, Float(double.NaN));
        Assert.Equal([Int(0), Int(0), Int(0), Int(0), Int(1), Float(2.5), Float(double.NegativeInfinity)], exit.Values);
    }

    [Fact]
    public void Conversions_follow_CSharp_casts_saturating_from_float()
    {
        var exit = Differential.Run("""
            [f0, i1]
            i2 = float_to_int(f0)
            l3 = float_to_long(nan)
            l4 = uint_to_long(i1)
            l5 = int_to_long(i1)
            i6 = long_to_int(4294967297L)
            l7 = float_to_bits(-0.0)
            f8 = bits_to_float(4607182418800017408L)
            f9 = long_to_float(l4)
            finish(i2, l3, l4, l5, i6, l7, f8, f9)
            """, Float(1e20), Int(-1));
        Assert.Equal([Int(int.MaxValue), Long(0), Long(4294967295), Long(-1), Int(1), Long(long.MinValue), Float(1.0), Float(4294967295.0)], exit.Values);
    }
}
