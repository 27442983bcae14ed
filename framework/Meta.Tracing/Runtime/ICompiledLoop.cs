using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Tracing.Runtime;

/// <summary>Turns an optimized trace into something that runs: a backend, or the IR interpreter in tests.</summary>
public interface ITraceCompiler
{
    /// <summary>
    /// Compiles a trace with the bridges attached to its guards (keyed by the guard they leave
    /// from, in the trace or in another bridge; a bridge ends with a jump to a label of the trace).
    /// </summary>
    ICompiledLoop Compile(Trace trace, IReadOnlyDictionary<Operation, Trace> bridges);

    /// <summary>
    /// Adds the bridges of <paramref name="added"/> guards (already in <paramref name="bridges"/>,
    /// in the order given: a later one may leave from a guard of an earlier one) to the compiled
    /// <paramref name="loop"/> without compiling the rest again; null when the compiler would
    /// rather compile the whole tree again (<see cref="Compile"/>), the default.
    /// </summary>
    ICompiledLoop? Extend(ICompiledLoop loop, Trace trace, IReadOnlyDictionary<Operation, Trace> bridges, IReadOnlyList<Operation> added) => null;
}

/// <summary>A compiled trace: runs on its inputs until a guard fails or it finishes.</summary>
public interface ICompiledLoop
{
    ExitResult Execute(IReadOnlyList<TraceValue> inputs);

    /// <summary>Makes its guard_not_invalidated fail from now on (a quasi-immutable field changed, or it was released).</summary>
    void Invalidate();
}
