using Meta.Tracing.IR;
using Meta.Tracing.Runtime;

namespace Meta.Optimizer;

/// <summary>The optimizer for the JIT runtime: the passes of a pipeline, with loop peeling for loops.</summary>
public sealed class TraceOptimizer(IReadOnlyList<Func<OptimizationPass>> pipeline) : ITraceOptimizer
{
    /// <summary>The passes of <see cref="Pipeline.Default"/>.</summary>
    public static TraceOptimizer Default { get; } = new(Pipeline.Default);

    public Trace Optimize(Trace trace) => Optimizer.Optimize(trace, pipeline);

    public OptimizedLoop OptimizeLoop(Trace loop) => LoopPeeling.Peel(loop, pipeline);
}
