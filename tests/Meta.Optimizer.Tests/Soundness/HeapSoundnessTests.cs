using Meta.Optimizer.Passes;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests.Soundness;

/// <summary>
/// Differential test of the heap passes: random traces over a model heap (see
/// <see cref="HeapTraceGenerator"/>) run before and after optimization on the same starting
/// heaps, with inputs that alias in different ways, must end at the same place (finish, the
/// loop limit, or the same guard) with equivalent values and equivalent heaps. A failing guard
/// is followed by what the resumer does: virtuals allocated, pending writes done.
/// </summary>
public sealed class HeapSoundnessTests
{
    public static TheoryData<string> Pipelines() => ["Virtuals", "Virtualizable", "HeapCache", "VirtualsFirst", "Default"];

    private static IReadOnlyList<Func<OptimizationPass>> PipelineNamed(string name) => name switch
    {
        "Virtuals" => [() => new Virtuals()],
        "Virtualizable" => [() => new Virtualizable()],
        "HeapCache" => [() => new HeapCache()],
        // The other order of the first two heap passes: slower code (a virtual stored into the
        // frame escapes), but it must be just as correct.
        "VirtualsFirst" => [() => new Virtuals(), () => new Virtualizable(), () => new HeapCache(), () => new PureOperations()],
        _ => Pipeline.Default,
    };

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Optimized_random_heap_traces_behave_as_the_originals(string pipeline)
    {
        var world = new HeapWorld();
        var machine = new HeapMachine(world.Calls, maxIterations: 2);
        for (var seed = 0; seed < 500; seed++)
        {
            var random = new Random(seed);
            var text = new HeapTraceGenerator(random).Generate(random.Next(5, 40));
            var original = TraceParser.Parse(text, world.Context);
            var optimized = Optimizer.Optimize(original, PipelineNamed(pipeline));
            var problems = TraceVerifier.Check(optimized);
            Assert.True(problems.Count == 0, $"seed {seed}: invalid trace: {string.Join("; ", problems)}\n{text}\n{TracePrinter.Print(optimized)}");
            for (var shape = 0; shape < 6; shape++)
            {
                var (index, n) = (shape % 3, random.Next(-2, 12));
                var (before, staticsBefore) = (world.Inputs(shape, index, n), world.Statics());
                var (after, staticsAfter) = (world.Inputs(shape, index, n), world.Statics());
                var expected = machine.Run(original, before, staticsBefore);
                var actual = machine.Run(optimized, after, staticsAfter);
                var difference = expected.Where != actual.Where
                    ? $"ended at {actual.Where}, expected {expected.Where}"
                    : HeapEquivalence.Difference([.. expected.Values, .. before, staticsBefore], [.. actual.Values, .. after, staticsAfter]);
                Assert.True(difference is null,
                    $"seed {seed}, shape {shape}, n {n}: {difference}\n--- original ---\n{text}--- optimized ---\n{TracePrinter.Print(optimized)}");
            }
        }
    }

    /// <summary>
    /// The same with loop peeling over the default pipeline. The peeled trace runs its first
    /// iteration in the preamble without a jump, so it gets one jump less to reach the same
    /// iteration; at the limit the values that vary come first in its jump, in input order.
    /// </summary>
    [Fact]
    public void Peeled_random_heap_loops_behave_as_the_originals()
    {
        var world = new HeapWorld();
        var (original, peeled) = (new HeapMachine(world.Calls, maxIterations: 3), new HeapMachine(world.Calls, maxIterations: 2));
        var loops = 0;
        for (var seed = 0; seed < 500; seed++)
        {
            var random = new Random(seed);
            var text = new HeapTraceGenerator(random).Generate(random.Next(5, 40));
            var trace = TraceParser.Parse(text, world.Context);
            if (trace.Operations[^1].Opcode != Opcode.Jump)
            {
                continue;
            }
            loops++;
            var optimized = LoopPeeling.Optimize(trace, Pipeline.Default);
            var problems = TraceVerifier.Check(optimized);
            Assert.True(problems.Count == 0, $"seed {seed}: invalid trace: {string.Join("; ", problems)}\n{text}\n{TracePrinter.Print(optimized)}");
            var varying = Enumerable.Range(0, trace.Inputs.Count).Where(i => !ReferenceEquals(trace.Operations[^1].Operands[i], trace.Inputs[i])).ToList();
            for (var shape = 0; shape < 6; shape++)
            {
                var (index, n) = (shape % 3, random.Next(-2, 12));
                var (before, staticsBefore) = (world.Inputs(shape, index, n), world.Statics());
                var (after, staticsAfter) = (world.Inputs(shape, index, n), world.Statics());
                var expected = original.Run(trace, before, staticsBefore);
                var actual = peeled.Run(optimized, after, staticsAfter);
                var expectedValues = expected.Where == "jump" ? varying.Select(i => expected.Values[i]).ToList() : expected.Values;
                var actualValues = actual.Where == "jump" ? actual.Values.Take(varying.Count).ToList() : actual.Values;
                var difference = expected.Where != actual.Where
                    ? $"ended at {actual.Where}, expected {expected.Where}"
                    : HeapEquivalence.Difference([.. expectedValues, .. before, staticsBefore], [.. actualValues, .. after, staticsAfter]);
                Assert.True(difference is null,
                    $"seed {seed}, shape {shape}, n {n}: {difference}\n--- original ---\n{text}--- peeled ---\n{TracePrinter.Print(optimized)}");
            }
        }
        Assert.True(loops > 100, $"only {loops} loops among the random traces");
    }
}
