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

    public static ExitResult Run(Trace trace, Func<TraceValue[]> inputs, long? maxIterations = null, bool checkedOverflow = false,
        IReadOnlyDictionary<Operation, Trace>? bridges = null)
    {
        var (expected, expectedShape, expectedError) = Observe(inputs, fresh =>
            TraceInterpreter.Run(trace, fresh, new TraceRunOptions { MaxIterations = maxIterations, Bridges = bridges }));
        var options = new CilCompileOptions { MaxIterations = maxIterations, CheckedOverflow = checkedOverflow };
        var compiled = CilBackend.Compile(trace, options);
        AttachBridges(compiled, compiled, bridges ?? new Dictionary<Operation, Trace>(), options);
        var actual = Compare(trace, "backend", (expected, expectedShape, expectedError), Observe(inputs, compiled.Execute));
        if (bridges is { Count: > 0 })
        {
            // The same tree compiled as one method must end the same way.
            var tree = CilBackend.CompileTree(trace, bridges, options);
            Compare(trace, "backend (tree as one method)", (expected, expectedShape, expectedError), Observe(inputs, tree.Execute));
        }
        return actual!;
    }

    private static ExitResult? Compare(Trace trace, string name,
        (ExitResult? Exit, string? Shape, Exception? Error) oracle, (ExitResult? Exit, string? Shape, Exception? Error) run)
    {
        var (expected, expectedShape, expectedError) = oracle;
        var (actual, actualShape, actualError) = run;
        if (expectedError is not null || actualError is not null)
        {
            Assert.True(expectedError?.GetType() == actualError?.GetType(),
                $"interpreter: {expectedError?.GetType().Name ?? "no exception"}, {name}: {actualError?.GetType().Name ?? "no exception"}\n{actualError}\n{trace}");
            ExceptionDispatchInfo.Throw(expectedError!);
        }
        Assert.True(expectedShape == actualShape, $"interpreter:\n{expectedShape}\n{name}:\n{actualShape}\ntrace:\n{trace}");
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

    /// <summary>Compiles the bridges of the guards of <paramref name="parent"/>, and theirs, and attaches them.</summary>
    private static void AttachBridges(CompiledTrace root, CompiledTrace parent, IReadOnlyDictionary<Operation, Trace> bridges, CilCompileOptions options)
    {
        for (var k = 0; k < parent.Guards.Count; k++)
        {
            if (bridges.TryGetValue(parent.Guards[k], out var bridge))
            {
                var compiled = CilBackend.CompileBridge(bridge, root, options);
                parent.AttachBridge(k, compiled);
                AttachBridges(root, compiled, bridges, options);
            }
        }
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
