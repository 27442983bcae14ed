using System.Runtime.ExceptionServices;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil.Tests;

/// <summary>
/// Runs a trace by the IR interpreter (the oracle) and by the CIL backend, each on fresh inputs,
/// and checks that they end the same way: same exit, same exit values (objects compared by
/// <see cref="HeapShape"/>), same heap afterwards, same pending exception.
/// </summary>
public static class Differential
{
    public static ExitResult Run(string text, params TraceValue[] inputs) => Run(TestWorld.Parse(text), () => inputs);

    public static ExitResult Run(Trace trace, Func<TraceValue[]> inputs, long? maxIterations = null, bool checkedOverflow = false)
    {
        var (expected, expectedShape, expectedError) = Observe(inputs, fresh =>
            TraceInterpreter.Run(trace, fresh, new TraceRunOptions { MaxIterations = maxIterations }));
        var compiled = CilBackend.Compile(trace, new CilCompileOptions { MaxIterations = maxIterations, CheckedOverflow = checkedOverflow });
        var (actual, actualShape, actualError) = Observe(inputs, compiled.Execute);
        if (expectedError is not null || actualError is not null)
        {
            Assert.True(expectedError?.GetType() == actualError?.GetType(),
                $"interpreter: {expectedError?.GetType().Name ?? "no exception"}, backend: {actualError?.GetType().Name ?? "no exception"}\n{actualError}\n{trace}");
            ExceptionDispatchInfo.Throw(expectedError!);
        }
        Assert.True(expectedShape == actualShape, $"interpreter:\n{expectedShape}\nbackend:\n{actualShape}\ntrace:\n{trace}");
        Assert.Equal(expected!.Kind, actual!.Kind);
        Assert.Equal(expected.GuardIndex, actual.GuardIndex);
        Assert.Same(expected.Guard, actual.Guard);
        Assert.Equal(expected.Values.Select(value => value.Kind), actual.Values.Select(value => value.Kind));
        for (var i = 0; i < expected.Values.Count; i++)
        {
            if (expected.Values[i].Kind != ValueKind.Ref)
            {
                Assert.Equal(expected.Values[i], actual.Values[i]);
            }
        }
        return actual;
    }

    /// <summary>
    /// One run on fresh inputs, with Box.Counter reset: its exit, the shape of the heap after it,
    /// or the exception that escaped it (a violated precondition: both sides must throw alike).
    /// </summary>
    private static (ExitResult? Exit, string? Shape, Exception? Error) Observe(Func<TraceValue[]> inputs, Func<TraceValue[], ExitResult> run)
    {
        var fresh = inputs();
        Box.Counter = 0;
        try
        {
            var exit = run(fresh);
            return (exit, HeapShape.Of(exit, fresh), null);
        }
        catch (Exception error) when (error is not NotSupportedException and not InvalidProgramException)
        {
            return (null, null, error);
        }
    }
}
