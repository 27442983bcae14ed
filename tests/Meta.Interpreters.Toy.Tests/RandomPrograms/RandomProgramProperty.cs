using FsCheck;
using Meta.Backend.Cil;
using Meta.Jit;
using Meta.Optimizer;
using Meta.Tracing.Runtime;
using FsCheck.Fluent;
using Xunit.Abstractions;
using Microsoft.FSharp.Core;

namespace Meta.Interpreters.Toy.Tests.RandomPrograms;

/// <summary>
/// Random programs run to the end or to a toylang runtime error, never to a .NET exception
/// (ToySession rethrows those, which fails the property), and print the same and end the same
/// way with the JIT off, with the JIT at threshold 1 (optimizer and CIL backend: every loop is
/// traced on its first backward jump) and with every guard made to fail once
/// (fail_guards_once: each guard's resume runs at least once) with trace_eagerness 1, so that each
/// forced failure also traces, optimizes and compiles a bridge, and with random forced failures
/// (fail_guards_randomly: one guard run in eight fails, seeded from the program) with bridges
/// at the first failure, each compiled alone and attached to its guard. Deterministic: fixed seeds.
/// </summary>
[Collection(JitCollection.Name)]
public class RandomProgramProperty(ITestOutputHelper log)
{
    private const int Cases = 600;

    [Fact]
    public void Random_programs_end_cleanly_and_alike_with_the_jit_off_on_and_failing_every_guard()
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(Cases)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261121UL, 0x2545F4914F6CDD1DUL), FSharpOption<int>.None)));
        // Programs need a few hundred decisions; FsCheck's own int[] grows too slowly. Draw
        // 50-400 choices of any size and keep its shrinker (drop elements, shrink numbers).
        var shrinker = ArbMap.Default.ArbFor<int[]>();
        var choices = Arb.From(
            Gen.Choose(50, 400).SelectMany(length => Gen.ArrayOf(Gen.Choose(0, int.MaxValue), length)),
            drawn => shrinker.Shrinker(drawn));
        var (completed, runtimeErrors, lines, loopsCompiled, guardsForced, bridgesCompiled, guardsForcedRandomly, bridgesAttached) = (0, 0, 0, 0L, 0L, 0L, 0L, 0L);
        var messages = new Dictionary<string, int>();
        Check.One(config, Prop.ForAll(choices, (int[] drawn) =>
        {
            var source = ProgramGenerator.Generate(drawn);
            var first = RunWithTimeout(source, null);
            Assert.False(first.IsSyntaxError, $"the generator wrote a program that does not parse: {first.Error}\n{source}");
            var compiled = new JitRuntime(new JitParameters().With("threshold=1"), TraceOptimizer.CreateDefault(), new CilTraceCompiler());
            Assert.Equal(first, RunWithTimeout(source, compiled));
            var failing = new JitRuntime(new JitParameters().With("threshold=1,trace_eagerness=1,fail_guards_once=1"), TraceOptimizer.CreateDefault(), new CilTraceCompiler());
            Assert.Equal(first, RunWithTimeout(source, failing));
            var seed = 1 + (int)((uint)drawn.Aggregate(17, (hash, choice) => unchecked((hash * 31) + choice)) % 1_000_000);
            // TreeLimit 0: every bridge compiled alone and attached through its guard's table entry.
            var random = new JitRuntime(new JitParameters().With($"threshold=1,trace_eagerness=1,fail_guards_randomly={seed}"), TraceOptimizer.CreateDefault(),
                new CilTraceCompiler { TreeLimit = 0 });
            Assert.Equal(first, RunWithTimeout(source, random));
            guardsForcedRandomly += random.Statistics.GuardFailures;
            bridgesAttached += random.Statistics.Bridges;
            loopsCompiled += compiled.Statistics.Loops;
            guardsForced += failing.Statistics.GuardFailures;
            bridgesCompiled += failing.Statistics.Bridges;
            if (first.Error is null)
            {
                completed++;
            }
            else
            {
                runtimeErrors++;
                var message = first.Error[(first.Error.IndexOf(": error: ", StringComparison.Ordinal) + 9)..];
                messages[message] = messages.GetValueOrDefault(message) + 1;
            }
            lines += source.Count(c => c == '\n');
        }));

        // The property is only as good as the programs: most should run to the end, some should fail.
        Assert.Equal(Cases, completed + runtimeErrors);
        var sample = ProgramGenerator.Generate([.. Enumerable.Range(0, 300).Select(i => i * 7919)]);
        var commonErrors = string.Join("; ", messages.OrderByDescending(pair => pair.Value).Take(8).Select(pair => $"{pair.Value}x {pair.Key}"));
        log.WriteLine($"{completed} ran to the end, {runtimeErrors} stopped with an error, {lines} lines, {loopsCompiled} loops compiled, {guardsForced} guard failures forced, {bridgesCompiled} bridges compiled, {guardsForcedRandomly} guard failures (random) and {bridgesAttached} bridges attached; errors: {commonErrors}\nA sample:\n{sample}");
        Assert.True(loopsCompiled > Cases / 4 && guardsForced > Cases / 4 && bridgesCompiled > Cases / 10,
            $"only {loopsCompiled} loops compiled, {guardsForced} guard failures forced and {bridgesCompiled} bridges compiled in {Cases} programs");
        Assert.True(guardsForcedRandomly > Cases / 4 && bridgesAttached > Cases / 20, $"only {guardsForcedRandomly} random failures and {bridgesAttached} bridges attached");
        Assert.True(completed > Cases / 3, $"only {completed} of {Cases} programs ran to the end; errors: {commonErrors}");
        Assert.True(runtimeErrors > Cases / 20, $"only {runtimeErrors} of {Cases} programs stopped with an error");
        Assert.True(lines > Cases * 20, $"only {lines} lines in {Cases} programs");
    }

    // A generated program that never ends is a bug of the generator: fail with the program
    // instead of hanging the test run.
    private static Toy.Outcome RunWithTimeout(string source, JitRuntime? jit)
    {
        var run = Task.Run(() => Toy.Run(source, "random.toy", jit: jit));
        Assert.True(run.Wait(TimeSpan.FromSeconds(10)), $"the program did not end within 10 s:\n{source}");
        return run.Result;
    }
}
