using Meta.Optimizer.Passes;

namespace Meta.Optimizer;

/// <summary>The passes of the optimizer in the order they run (DESIGN.md §5): the one list.</summary>
public static class Pipeline
{
    public static IReadOnlyList<Func<OptimizationPass>> Default { get; } =
    [
        () => new IntBounds(),
        () => new GuardRemoval(),
        // Virtualizable before Virtuals: a virtual stored into the frame must not escape there.
        () => new Virtualizable(),
        () => new Virtuals(),
        () => new HeapCache(),
        () => new PureOperations(),
    ];
}
