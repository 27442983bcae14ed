using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Runtime;

namespace Meta.Backend.Cil;

/// <summary>The CIL backend as the JIT runtime's compiler.</summary>
public sealed class CilTraceCompiler(CilCompileOptions? options = null) : ITraceCompiler
{
    public ICompiledLoop Compile(Trace trace) => new Loop(CilBackend.Compile(trace, options));

    private sealed class Loop(CompiledTrace code) : ICompiledLoop
    {
        public ExitResult Execute(IReadOnlyList<TraceValue> inputs) => code.Execute(inputs);

        public void Invalidate() => code.Invalidate();
    }
}
