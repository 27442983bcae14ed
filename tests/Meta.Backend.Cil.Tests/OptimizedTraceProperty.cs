using FsCheck;
using FsCheck.Fluent;
using Meta.Optimizer;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Backend.Cil.Tests;

/// <summary>
/// Random traces after loop peeling and the default pipeline: the optimized trace ends exactly
/// alike on the IR interpreter and on the backend (exit, exit values, heap), and when the
/// original trace finishes, the optimized one finishes with the same values and heap.
/// Deterministic: a fixed FsCheck seed.
/// </summary>
public class OptimizedTraceProperty
{
    private const int Cases = 2000;

    [Fact]
    public void Optimized_random_traces_run_alike_on_the_interpreter_and_the_backend_and_finish_as_the_originals()
    {
        var config = RandomChoices.Config(Cases, 20261122UL);
        var choices = RandomChoices.Arrays();
        var (finishedAlike, changed) = (0, 0);
        Check.One(config, Prop.ForAll(choices, (int[] drawn) =>
        {
            var (trace, inputs) = RandomTraceBuilder.Build(drawn);
            Trace optimized;
            try
            {
                optimized = LoopPeeling.Optimize(trace, Pipeline.Default);
            }
            catch (InvalidOperationException error)
            {
                throw new InvalidOperationException(error.Message + "\n" + TracePrinter.Print(trace), error);
            }
            changed += optimized.Operations.Count != trace.Operations.Count ? 1 : 0;
            var problems = TraceVerifier.Check(optimized);
            Assert.True(problems.Count == 0, $"{string.Join("; ", problems)}\n--- original ---\n{TracePrinter.Print(trace)}--- optimized ---\n{TracePrinter.Print(optimized)}");
            Differential.Run(optimized, inputs, maxIterations: 50);
            if (Finish(trace, inputs) is { } expected && Finish(optimized, inputs) is { } actual)
            {
                Assert.True(expected == actual, $"original:\n{expected}\noptimized:\n{actual}\n--- original ---\n{TracePrinter.Print(trace)}--- optimized ---\n{TracePrinter.Print(optimized)}");
                finishedAlike++;
            }
        }));
        Assert.True(finishedAlike > Cases / 10, $"only {finishedAlike} traces finished before and after optimization");
        Assert.True(changed > Cases / 2, $"the optimizer changed only {changed} of {Cases} traces");
    }

    /// <summary>The heap shape after a run that reached finish (no precondition violated), or null.</summary>
    private static string? Finish(Trace trace, Func<TraceValue[]> inputs)
    {
        var fresh = inputs();
        Box.Counter = 0;
        try
        {
            var exit = TraceInterpreter.Run(trace, fresh, new TraceRunOptions { MaxIterations = 50 });
            return exit.Kind == ExitKind.Finish ? HeapShape.Of(exit, fresh) : null;
        }
        catch (ArithmeticException)
        {
            // A random trace may divide by zero where the recorder would have guarded: no result to compare.
            return null;
        }
    }
}
