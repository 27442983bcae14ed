namespace Meta.Translator.Tests.Twins;

/// <summary>Which methods get a twin, how virtual twins are declared, and what is left out and why.</summary>
public sealed class TwinReportTests
{
    private static TranslatedFixture Fixture => TranslatedFixture.Get("TwinOps");

    [Fact]
    public void Methods_outside_this_slice_have_no_twin_and_a_reason()
    {
        var skipped = Fixture.Dump.Split('\n').Where(l => l.StartsWith("no twin", StringComparison.Ordinal)).ToList();
        Assert.Equal([
            "no twin for Twins.FloatLeaf.Eval(): values of type System.Single have no trace kind in this slice",
            "no twin for Twins.Interpreter.Run(Cell, Shape, Int32[]): portal: the opcode conv.r4 at IL_016f is not handled by the twin generator yet",
            "no twin for Twins.Node.Eval(): the override Twins.FloatLeaf.Eval() has no twin",
            "no twin for Twins.Ops.Days(Int32): the address taken by ldloca.s at IL_0000 is not the receiver of a call of a primitive struct's method",
            "no twin for Twins.Ops.Single(Single): values of type System.Single have no trace kind in this slice",
            "no twin for Twins.Ops.Twice(Int64): its resume frames' name Ops.Twice is another traced method's",
        ], skipped);
    }

    [Fact]
    public void A_portal_outside_this_slice_gets_no_twin()
    {
        Assert.DoesNotContain(Fixture.Report.Twins, t => t.Original.Name == "Run");
        Assert.Null(Fixture.Type("Twins.Interpreter").GetMethod("Run$trace"));
    }

    [Fact]
    public void Twins_of_overrides_override_the_abstract_twin()
    {
        var shape = Fixture.Type("Twins.Shape").GetMethod("Area$trace")!;
        var square = Fixture.Type("Twins.Square").GetMethod("Area$trace")!;
        Assert.True(shape.IsAbstract);
        Assert.Equal(shape.DeclaringType, square.GetBaseDefinition().DeclaringType);
    }

    [Fact]
    public void The_dump_shows_the_il_of_each_twin()
    {
        Assert.Contains("twin of Twins.Ops.Arith(Int32, Int32): static Int32 Ops::Arith$trace(Int32 a, Int32 b, TraceContext context, Value[] shadows)", Fixture.Dump, StringComparison.Ordinal);
        Assert.Contains("callvirt Recorder::Pure", Fixture.Dump, StringComparison.Ordinal);
    }
}
