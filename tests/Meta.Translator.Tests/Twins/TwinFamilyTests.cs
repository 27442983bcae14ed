namespace Meta.Translator.Tests.Twins;

/// <summary>Each opcode family: the twin computes what the original does and records the expected trace.</summary>
public sealed class TwinFamilyTests
{
    private static TranslatedFixture Fixture => TranslatedFixture.Get("TwinOps");

    private static string Trace(string method, params object?[] arguments)
    {
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", method, arguments);
        Assert.Equal(outcome.Original, outcome.Twin);
        return outcome.Trace;
    }

    [Fact]
    public void Report_lists_the_twins()
    {
        Assert.Equal("", Fixture.Dump.Split('\n').Where(l => l.StartsWith("no twin", StringComparison.Ordinal)).Aggregate("", (a, b) => a + b + "\n"));
    }

    [Fact]
    public void Arith()
    {
        Assert.Equal("", Trace("Arith", 7, 3));
    }
}
