using Meta.Interpreters.Toy.Hosting;
using Meta.Interpreters.Toy.Interpreter;
using Meta.Tracing.Runtime;

namespace Meta.Interpreters.Toy.Tests;

/// <summary>Runs toylang source the way the CLI does and captures what it printed and how it ended.</summary>
public static class Toy
{
    public sealed record Outcome(string Output, string? Error, bool IsSyntaxError);

    /// <summary>
    /// Runs a program; with <paramref name="jit"/>, the (translated) interpreter runs with that JIT
    /// runtime behind its driver (tests doing so belong to <see cref="JitCollection"/>).
    /// </summary>
    public static Outcome Run(string source, string file = "test.toy", int maxDepth = Runtime.Context.DefaultMaxDepth, JitRuntime? jit = null)
    {
        var driver = PortalDriver.Of(DispatchLoop.JitDriver);
        driver.Runtime = jit;
        try
        {
            var output = new StringWriter();
            var error = new ToySession(output, maxDepth).Run(source, file);
            return new Outcome(output.ToString(), error?.Format(), error?.IsSyntaxError ?? false);
        }
        finally
        {
            driver.Runtime = null;
        }
    }

    /// <summary>The output of a program that must run without error.</summary>
    public static string Output(string source)
    {
        var outcome = Run(source);
        Assert.True(outcome.Error is null, $"unexpected error: {outcome.Error}");
        return outcome.Output;
    }

    /// <summary>The error message (without position) of a program that must fail.</summary>
    public static string Error(string source)
    {
        var outcome = Run(source);
        Assert.NotNull(outcome.Error);
        return outcome.Error![(outcome.Error.IndexOf(": error: ", StringComparison.Ordinal) + ": error: ".Length)..];
    }
}
