using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Runtime;

namespace Meta.Backend.Cil;

/// <summary>The CIL backend as the JIT runtime's compiler: a loop and its bridges as one method.</summary>
public sealed class CilTraceCompiler(CilCompileOptions? options = null) : ITraceCompiler
{
    public ICompiledLoop Compile(Trace trace, IReadOnlyDictionary<Operation, Trace> bridges) =>
        new Loop(bridges.Count == 0 ? CilBackend.Compile(trace, options) : CilBackend.CompileTree(trace, bridges, options));

    private sealed class Loop(CompiledTrace code) : ICompiledLoop
    {
        public ExitResult Execute(IReadOnlyList<TraceValue> inputs) => code.Execute(inputs);

        public void Invalidate() => code.Invalidate();
    }
}
