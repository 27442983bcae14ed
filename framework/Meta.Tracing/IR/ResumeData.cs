namespace Meta.Tracing.IR;

/// <summary>
/// Where the interpreter continues when a guard fails (DESIGN.md §2, deoptimization): the chain
/// of interpreter frames inlined at the guard, outermost first, and the virtual objects those
/// frames refer to, which are allocated only when the guard fails.
/// </summary>
public sealed class ResumeData
{
    public static readonly ResumeData Empty = new([]);

    public ResumeData(IReadOnlyList<ResumeFrame> frames, IReadOnlyList<VirtualObject>? virtuals = null)
    {
        Frames = frames.ToArray();
        Virtuals = virtuals?.ToArray() ?? Reachable(Frames.SelectMany(frame => frame.Locals.Concat(frame.Stack)));
    }

    public IReadOnlyList<ResumeFrame> Frames { get; }

    /// <summary>Every virtual reachable from the frames, in the order of first reference.</summary>
    public IReadOnlyList<VirtualObject> Virtuals { get; }

    /// <summary>
    /// The trace values a failing guard must hand over, each once, in a fixed order: frame slots
    /// first to last, then the fields and items of the virtuals; virtuals themselves and dead
    /// slots are not values. Backends store exactly these at a guard exit.
    /// </summary>
    public IEnumerable<Value> LiveValues
    {
        get
        {
            var seen = new HashSet<Value>();
            var slots = Frames.SelectMany(frame => frame.Locals.Concat(frame.Stack)).Concat(Virtuals.SelectMany(v => v.References));
            foreach (var value in slots)
            {
                if (value is not null and not VirtualObject && seen.Add(value))
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
