namespace Meta.Tracing.IR;

/// <summary>
/// Where the interpreter continues when a guard fails (DESIGN.md §2, deoptimization): the chain
/// of interpreter frames inlined at the guard, outermost first, and the virtual objects those
/// frames refer to, which are allocated only when the guard fails, and the heap writes compiled
/// code delayed, which are done before the interpreter resumes.
/// </summary>
public sealed class ResumeData
{
    public static readonly ResumeData Empty = new([]);

    public ResumeData(IReadOnlyList<ResumeFrame> frames, IReadOnlyList<PendingWrite>? writes = null)
    {
        Frames = frames.ToArray();
        PendingWrites = writes?.ToArray() ?? [];
        Virtuals = Reachable(Slots);
    }

    public IReadOnlyList<ResumeFrame> Frames { get; }

    /// <summary>Writes to do, in order, before resuming (after allocating the virtuals).</summary>
    public IReadOnlyList<PendingWrite> PendingWrites { get; }

    /// <summary>The frame slots, then the values of the pending writes.</summary>
    private IEnumerable<Value?> Slots =>
        Frames.SelectMany(frame => frame.Locals.Concat(frame.Stack)).Concat(PendingWrites.SelectMany(write => write.Values));

    /// <summary>Every virtual reachable from the frames, in the order of first reference.</summary>
    public IReadOnlyList<VirtualObject> Virtuals { get; }

    /// <summary>
    /// The trace values a failing guard must hand over, each once, in a fixed order: frame slots
    /// first to last, then the values of the pending writes, then the fields and items of the
    /// virtuals; virtuals themselves and dead slots are not values. Backends store exactly these
    /// at a guard exit.
    /// </summary>
    public IEnumerable<Value> LiveValues
    {
        get
        {
            var seen = new HashSet<Value>();
            foreach (var value in Slots.Concat(Virtuals.SelectMany(v => v.References)))
            {
                if (value is not (null or VirtualObject or Constant) && seen.Add(value))
                {
                    yield return value;
                }
            }
        }
    }

    private static VirtualObject[] Reachable(IEnumerable<Value?> roots)
    {
        var found = new List<VirtualObject>();
        var seen = new HashSet<VirtualObject>();
        var pending = new Stack<VirtualObject>(roots.OfType<VirtualObject>().Reverse());
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (seen.Add(next))
            {
                found.Add(next);
                foreach (var inner in next.References.OfType<VirtualObject>().Reverse())
                {
                    pending.Push(inner);
                }
            }
        }
        return [.. found];
    }
}
