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
        foreach (var (seed, random, text, trace) in RandomLoops(world))
        {
            loops++;
            var peeledLoop = LoopPeeling.Peel(trace, Pipeline.Default);
            var optimized = peeledLoop.Trace;
            var problems = TraceVerifier.Check(optimized);
            Assert.True(problems.Count == 0, $"seed {seed}: invalid trace: {string.Join("; ", problems)}\n{text}\n{TracePrinter.Print(optimized)}");
            var varying = Enumerable.Range(0, trace.Inputs.Count).Where(i => !ReferenceEquals(trace.Operations[^1].Operands[i], trace.Inputs[i])).ToList();
            for (var shape = 0; shape < 6; shape++)
            {
                var (index, n) = (shape % 3, random.Next(-2, 12));
                var (before, staticsBefore) = (world.Inputs(shape, index, n), world.Statics());
                var (after, staticsAfter) = (world.Inputs(shape, index, n), world.Statics());
                var expected = original.Run(trace, before, staticsBefore);
                var actual = peeled.Run(optimized, after, staticsAfter, peeledLoop.StateAtLabel);
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

    /// <summary>
    /// The peeled loops again, entered as a bridge enters them: the short preamble over the
    /// inputs, then the body (one iteration later in jump count than the peeled trace, as the
    /// recorded loop). A failing guard of the short preamble enters the peeled loop at its start,
    /// as the runtime's fallback bridge does (with inputs the preamble saw, only a guard that
    /// always fails does: the preamble's own, and then the loop body is dead code).
    /// </summary>
    [Fact]
    public void Peeled_random_heap_loops_entered_through_their_short_preamble_behave_as_the_originals()
    {
        var world = new HeapWorld();
        var machine = new HeapMachine(world.Calls, maxIterations: 3);
        var fromTheStart = new HeapMachine(world.Calls, maxIterations: 2);
        var (loops, withRegisters, fallbacks) = (0, 0, 0);
        foreach (var (seed, random, text, trace) in RandomLoops(world))
        {
            var peeled = LoopPeeling.Peel(trace, Pipeline.Default);
            if (peeled.ShortPreamble is null)
            {
                // Virtuals cross its label: bridges enter it at its start.
                continue;
            }
            var (entered, stateAtLabel) = ThroughShortPreamble(peeled);
            loops++;
            withRegisters += stateAtLabel.PendingWrites.Count > 0 ? 1 : 0;
            var problems = TraceVerifier.Check(entered);
            Assert.True(problems.Count == 0, $"seed {seed}: invalid trace: {string.Join("; ", problems)}\n{TracePrinter.Print(entered)}");
            var varying = Enumerable.Range(0, trace.Inputs.Count).Count(i => !ReferenceEquals(trace.Operations[^1].Operands[i], trace.Inputs[i]));
            for (var shape = 0; shape < 6; shape++)
            {
                var (index, n) = (shape % 3, random.Next(-2, 12));
                var (before, staticsBefore) = (world.Inputs(shape, index, n), world.Statics());
                var (after, staticsAfter) = (world.Inputs(shape, index, n), world.Statics());
                var expected = machine.Run(trace, before, staticsBefore);
                var actual = machine.Run(entered, after, staticsAfter, stateAtLabel);
                if (actual.Where == "guard LoopEntry@0")
                {
                    actual = fromTheStart.Run(peeled.Trace, actual.Values, staticsAfter, peeled.StateAtLabel);
                    fallbacks++;
                }
                var expectedValues = expected.Where == "jump"
                    ? Enumerable.Range(0, trace.Inputs.Count).Where(i => !ReferenceEquals(trace.Operations[^1].Operands[i], trace.Inputs[i])).Select(i => expected.Values[i]).ToList()
                    : expected.Values;
                var actualValues = actual.Where == "jump" ? actual.Values.Take(varying).ToList() : actual.Values;
                var difference = expected.Where != actual.Where
                    ? $"ended at {actual.Where}, expected {expected.Where}"
                    : HeapEquivalence.Difference([.. expectedValues, .. before, staticsBefore], [.. actualValues, .. after, staticsAfter]);
                Assert.True(difference is null,
                    $"seed {seed}, shape {shape}, n {n}: {difference}\n--- original ---\n{text}--- peeled ---\n{TracePrinter.Print(peeled.Trace)}--- entered through the short preamble ---\n{TracePrinter.Print(entered)}");
            }
        }
        Assert.True(loops > 100 && withRegisters > 20 && fallbacks < loops * 6 / 2, $"{loops} loops, {withRegisters} with frame registers carried through the label, {fallbacks} runs fell back to the loop's start");
    }

    /// <summary>The random traces of seeds 0-499 that are loops, with the generator each left behind for drawing inputs.</summary>
    private static IEnumerable<(int Seed, Random Random, string Text, Trace Trace)> RandomLoops(HeapWorld world)
    {
        for (var seed = 0; seed < 500; seed++)
        {
            var random = new Random(seed);
            var text = new HeapTraceGenerator(random).Generate(random.Next(5, 40));
            var trace = TraceParser.Parse(text, world.Context);
            if (trace.Operations[^1].Opcode == Opcode.Jump)
            {
                yield return (seed, random, text, trace);
            }
        }
    }

    /// <summary>The short preamble followed by a copy of the loop body (and the label's state over the copy's label).</summary>
    private static (Trace Trace, ResumeData StateAtLabel) ThroughShortPreamble(Tracing.Runtime.OptimizedLoop peeled)
    {
        var shortPreamble = peeled.ShortPreamble!;
        var operations = shortPreamble.Operations.Take(shortPreamble.Operations.Count - 1).ToList();
        var names = new Dictionary<Value, Value>();
        var loopLabel = peeled.Trace.Operations.First(op => op.Opcode == Opcode.Label);
        var arguments = shortPreamble.Operations[^1].Operands;
        for (var k = 0; k < arguments.Count; k++)
        {
            var copy = new Operation(Opcode.SameAs, [arguments[k]]);
            operations.Add(copy);
            names[loopLabel.Operands[k]] = copy;
        }
        Value Rename(Value value) => names.GetValueOrDefault(value, value);
        operations.Add(new Operation(Opcode.Label, loopLabel.Operands.Select(Rename).ToList(), loopLabel.Descr));
        foreach (var op in peeled.Trace.Operations.SkipWhile(op => op != loopLabel).Skip(1))
        {
            var copy = ValueMapping.Map(op, Rename);
            names[op] = copy;
            operations.Add(copy);
        }
        return (new Trace(shortPreamble.Inputs, operations), ValueMapping.Map(peeled.StateAtLabel!, Rename));
    }
}
