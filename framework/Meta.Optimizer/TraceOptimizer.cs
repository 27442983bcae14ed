using Meta.Optimizer.Passes;
using Meta.Tracing.IR;
using Meta.Tracing.Runtime;

namespace Meta.Optimizer;

/// <summary>The optimizer for the JIT runtime: the passes of a pipeline, with loop peeling for loops.</summary>
public sealed class TraceOptimizer(IReadOnlyList<Func<OptimizationPass>> pipeline) : ITraceOptimizer
{
    private readonly LabelShapes _labelShapes = new();

    /// <summary>An optimizer over the passes of <see cref="Pipeline.Default"/>, with its own table of loop labels.</summary>
    public static TraceOptimizer CreateDefault() => new(Pipeline.Default);

    public Trace Optimize(Trace trace) => Optimizer.Optimize(trace, pipeline, _labelShapes);

    public OptimizedLoop OptimizeLoop(Trace loop) => LoopPeeling.Peel(loop, pipeline, _labelShapes);

    public Trace? OptimizeIntoLoop(Trace bridge)
    {
        try
        {
            return Optimizer.Optimize(bridge, pipeline, _labelShapes);
        }
        catch (VirtualStateMismatchException)
        {
            return null;
        }
    }
}
