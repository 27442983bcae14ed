using Meta.Tracing.IR;

namespace Meta.Tracing.Tests.IR;

public sealed class OpTableTests
{
    [Fact]
    public void Every_opcode_has_a_row_and_a_unique_name()
    {
        Assert.Equal(Enum.GetValues<Opcode>().Length, OpInfo.All.Count);
        Assert.Equal(OpInfo.All.Count, OpInfo.All.Select(info => info.Name).Distinct().Count());
        foreach (var info in OpInfo.All)
        {
            Assert.Same(info, OpInfo.FromName(info.Name));
            Assert.Same(info, OpInfo.Of(info.Code));
        }
    }

    [Theory]
    [InlineData(Opcode.IntAdd, "int_add", "i32, i32 -> i32")]
    [InlineData(Opcode.LongAddOvf, "long_add_ovf", "i64, i64 -> i64")]
    [InlineData(Opcode.GetField, "getfield", "ref -> elem")]
    [InlineData(Opcode.GuardValue, "guard_value", "any, same -> void")]
    [InlineData(Opcode.GuardNoException, "guard_no_exception", "-> void")]
    [InlineData(Opcode.Call, "call", "args -> ret")]
    public void Names_and_signatures_come_from_the_table(Opcode code, string name, string signature)
    {
        var info = OpInfo.Of(code);
        Assert.Equal(name, info.Name);
        Assert.Equal(signature, info.Signature);
    }

    [Fact]
    public void Flags_are_consistent()
    {
        foreach (var info in OpInfo.All)
        {
            Assert.False(info.IsPure && (info.Flags & (OpFlags.SideEffect | OpFlags.Guard | OpFlags.Allocates)) != 0, info.Name);
            Assert.Equal(info.IsGuard, info.Name.StartsWith("guard_", StringComparison.Ordinal));
            Assert.Equal(info.IsOverflow, info.Name.EndsWith("_ovf", StringComparison.Ordinal));
            Assert.False(info.IsGuard && info.Result is not (KindSpec.Void or KindSpec.Ref), info.Name);
        }
        Assert.Equal([Opcode.Jump, Opcode.Finish], OpInfo.All.Where(info => info.IsFinal).Select(info => info.Code));
    }

    [Fact]
    public void A_call_that_cannot_raise_drops_the_flag()
    {
        var quiet = new CallDescr("f", [], ValueKind.I32, new EffectInfo(false, false, false, EffectSet.None, EffectSet.None));
        var loud = new CallDescr("g", [], ValueKind.I32, EffectInfo.Unknown);
        Assert.Equal(0, (int)(new Operation(Opcode.Call, [], quiet).Flags & OpFlags.CanRaise));
        Assert.NotEqual(0, (int)(new Operation(Opcode.Call, [], loud).Flags & OpFlags.CanRaise));
    }
}
