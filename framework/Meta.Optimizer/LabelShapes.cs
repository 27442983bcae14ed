using System.Runtime.CompilerServices;
using Meta.Optimizer.Passes;
using Meta.Tracing.IR;

namespace Meta.Optimizer;

/// <summary>
/// The loop labels that virtuals cross (<see cref="VirtualState"/>), by the target their short
/// preambles jump to. Such a short preamble ends with the values as they are before the label
/// flattens them; in a bridge, the Virtuals pass turns that jump into one to the label, passing
/// the fields of the bridge's virtuals, when they have the label's shape (RPython's unroll.py,
/// jump_to_existing_trace, and virtualstate.py), and the Virtualizable pass leaves the frame
/// locations the label carries in registers. One table per <see cref="TraceOptimizer"/>.
/// </summary>
public sealed class LabelShapes
{
    private readonly ConditionalWeakTable<TargetToken, LabelShape> _shapes = new();

    internal void Add(TargetToken shortPreambleTarget, LabelShape shape) => _shapes.Add(shortPreambleTarget, shape);

    internal LabelShape? Of(Descr? target) => target is TargetToken token && _shapes.TryGetValue(token, out var shape) ? shape : null;
}

/// <summary>
/// A loop label virtuals cross: its target, the shape of the values its short preamble brings
/// (the first <see cref="VirtualState"/>'s count of them), and the frame locations whose registers
/// it carries, each with the position among those values of its object (and index).
/// </summary>
internal sealed record LabelShape(TargetToken Label, VirtualState State, IReadOnlyList<CarriedLocation> Locations)
{
    /// <summary>Whether a delayed write is to a location the label carries, given the values jumped with.</summary>
    public bool Carries(PendingWrite write, IReadOnlyList<Value> jumpArguments, Func<Value, Value> get) =>
        Locations.Any(location => location.Descr == write.Descr
            && Aliasing.Same(get(write.Target), get(jumpArguments[location.TargetPosition]))
            && (write.Index is null || Aliasing.Same(get(write.Index), location.IndexConstant ?? get(jumpArguments[location.IndexPosition]))));
}

/// <summary>A field (index null) or array item whose register crosses a loop label, over the values jumped with.</summary>
internal sealed record CarriedLocation(Descr Descr, int TargetPosition, Constant? IndexConstant, int IndexPosition);
