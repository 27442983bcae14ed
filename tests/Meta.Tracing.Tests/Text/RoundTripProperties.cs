using FsCheck;
using FsCheck.Fluent;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Tracing.Tests.Text;

/// <summary>Random well-formed traces survive print → parse, and printing is a fixed point.</summary>
public sealed class RoundTripProperties
{
    /// <summary>A fixed seed keeps CI deterministic; META_FSCHECK_SEED explores other cases locally.</summary>
    internal static Config Config(int cases)
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("META_FSCHECK_SEED"), out var chosen) ? chosen : 20261121UL;
        return FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithEndSize(400)
            .WithReplay(new Replay(new Rnd(seed), null));
    }

    private static Arbitrary<int[]> Choices => ArbMap.Default.ArbFor<int[]>();

    [Fact]
    public void Random_traces_are_well_formed()
    {
        Prop.ForAll(Choices, choices =>
        {
            var problems = TraceVerifier.Check(RandomTraces.Build(choices));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }).Check(Config(1000));
    }

    [Fact]
    public void Printing_then_parsing_gives_an_equal_trace()
    {
        Prop.ForAll(Choices, choices =>
        {
            var trace = RandomTraces.Build(choices);
            var text = TracePrinter.Print(trace);
            var difference = TraceEquality.FirstDifference(trace, TraceParser.Parse(text));
            Assert.True(difference is null, difference + "\n" + text);
        }).Check(Config(1500));
    }

    [Fact]
    public void Printing_a_parsed_trace_gives_the_same_text()
    {
        Prop.ForAll(Choices, choices =>
        {
            var text = TracePrinter.Print(RandomTraces.Build(choices));
            Assert.Equal(text, TracePrinter.Print(TraceParser.Parse(text)));
        }).Check(Config(1500));
    }

    [Fact]
    public void The_generator_reaches_every_operation_virtuals_and_pending_writes()
    {
        var seen = new HashSet<Opcode>();
        var virtuals = 0;
        var writes = 0;
        var random = new System.Random(7);
        for (var i = 0; i < 400; i++)
        {
            var choices = Enumerable.Range(0, 300).Select(_ => random.Next()).ToArray();
            foreach (var op in RandomTraces.Build(choices).Operations)
            {
                seen.Add(op.Opcode);
                virtuals += op.Resume?.Virtuals.Count > 0 ? 1 : 0;
                writes += op.Resume?.PendingWrites.Count > 0 ? 1 : 0;
            }
        }
        Assert.Empty(Enum.GetValues<Opcode>().Except(seen));
        Assert.True(virtuals > 50, $"only {virtuals} guards with virtuals");
        Assert.True(writes > 50, $"only {writes} guards with pending writes");
    }
}
