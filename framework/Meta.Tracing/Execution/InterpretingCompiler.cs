using Meta.Tracing.IR;
using Meta.Tracing.Runtime;

namespace Meta.Tracing.Execution;

/// <summary>
/// A "backend" that runs traces with the reference IR interpreter: slow, but it needs no code
/// generation, so the runtime can be tested, and compiled code debugged, against the oracle.
/// </summary>
public sealed class InterpretingCompiler : ITraceCompiler
{
    public ICompiledLoop Compile(Trace trace, IReadOnlyDictionary<Operation, Trace> bridges) =>
        new InterpretedTrace(trace, bridges.ToDictionary());

    private sealed class InterpretedTrace(Trace trace, Dictionary<Operation, Trace> bridges) : ICompiledLoop
    {
        private bool _invalidated;

        public ExitResult Execute(IReadOnlyList<TraceValue> inputs) =>
            TraceInterpreter.Run(trace, inputs, new TraceRunOptions { Invalidated = _invalidated, Bridges = bridges });

        public void Invalidate() => _invalidated = true;
    }
}
