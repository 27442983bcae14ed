using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests;

/// <summary>"This trace in, that trace out": optimizer tests written in the IR's text form.</summary>
public static class TraceAssert
{
    /// <summary>
    /// Optimizes <paramref name="before"/> with the given passes and checks the result equals
    /// <paramref name="after"/> up to value names. Both texts share the declarations of
    /// <paramref name="declarations"/>, written once before each.
    /// </summary>
    public static void Optimizes(IReadOnlyList<Func<OptimizationPass>> passes, string before, string after, string declarations = "")
    {
        var input = TraceParser.Parse(declarations + "\n" + before);
        var expected = TraceParser.Parse(declarations + "\n" + after);
        var actual = Optimizer.Optimize(input, passes);
        var problems = TraceVerifier.Check(actual);
        Assert.True(problems.Count == 0, "the optimizer made an invalid trace: " + string.Join("; ", problems) + "\n" + TracePrinter.Print(actual));
        var difference = TraceEquality.FirstDifference(actual, expected);
        Assert.True(difference is null,
            $"{difference}\n--- expected ---\n{TracePrinter.Print(expected)}--- actual ---\n{TracePrinter.Print(actual)}");
    }
}
