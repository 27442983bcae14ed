namespace Meta.Tracing.IR;

/// <summary>
/// Structural equality of traces up to the naming of values: inputs are matched by position,
/// operations by position, constants by value, descriptors by name and shape. Optimizer tests
/// compare "trace out" with "expected trace" this way.
/// </summary>
public static class TraceEquality
{
    public static bool AreEqual(Trace a, Trace b) => FirstDifference(a, b) is null;

    /// <summary>A description of the first place the traces differ, or null when they are equal.</summary>
    public static string? FirstDifference(Trace a, Trace b)
    {
        if (a.Inputs.Count != b.Inputs.Count)
        {
            return $"{a.Inputs.Count} inputs against {b.Inputs.Count}";
        }
        var map = new Dictionary<Value, Value>();
        for (var i = 0; i < a.Inputs.Count; i++)
        {
            if (a.Inputs[i].Kind != b.Inputs[i].Kind)
            {
                return $"input {i} is {a.Inputs[i].Kind.TextName()} against {b.Inputs[i].Kind.TextName()}";
            }
            map[a.Inputs[i]] = b.Inputs[i];
        }
        if (a.Operations.Count != b.Operations.Count)
        {
            return $"{a.Operations.Count} operations against {b.Operations.Count}";
        }
        for (var i = 0; i < a.Operations.Count; i++)
        {
            var (x, y) = (a.Operations[i], b.Operations[i]);
            var difference = OperationDifference(x, y, map);
            if (difference is not null)
            {
                return $"op {i} ({x.Info.Name} against {y.Info.Name}): {difference}";
            }
            map[x] = y;
        }
        return null;
    }

    private static string? OperationDifference(Operation x, Operation y, Dictionary<Value, Value> map)
    {
        if (x.Opcode != y.Opcode)
        {
            return "different operations";
        }
        if (!SameValues(x.Operands, y.Operands, map))
        {
            return "different operands";
        }
        if (!SameDescr(x.Descr, y.Descr))
        {
            return $"different descriptors {x.Descr?.Name ?? "none"} and {y.Descr?.Name ?? "none"}";
        }
        return SameResume(x.Resume, y.Resume, map) ? null : "different resume data";
    }

    private static bool SameValue(Value? x, Value? y, Dictionary<Value, Value> map) => (x, y) switch
    {
        (null, null) => true,
        (Constant cx, Constant cy) => cx.Equals(cy) || SameNamedObject(cx, cy),
        (null, _) or (_, null) or (Constant, _) or (_, Constant) => false,
        _ => map.TryGetValue(x, out var mapped) && ReferenceEquals(mapped, y),
    };

    private static bool SameNamedObject(Constant x, Constant y) =>
        x.Kind == ValueKind.Ref && y.Kind == ValueKind.Ref &&
        x.AsRef is NamedObject nx && y.AsRef is NamedObject ny && nx.Name == ny.Name;

    private static bool SameValues(IReadOnlyList<Value?> xs, IReadOnlyList<Value?> ys, Dictionary<Value, Value> map)
    {
        if (xs.Count != ys.Count)
        {
            return false;
        }
        for (var i = 0; i < xs.Count; i++)
        {
            if (!SameValue(xs[i], ys[i], map))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SameResume(ResumeData? x, ResumeData? y, Dictionary<Value, Value> map)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }
        if (x.Frames.Count != y.Frames.Count || x.Virtuals.Count != y.Virtuals.Count)
        {
            return false;
        }
        // Virtuals are local to one guard: pair them by position, compare, then forget them.
        for (var i = 0; i < x.Virtuals.Count; i++)
        {
            map[x.Virtuals[i]] = y.Virtuals[i];
        }
        var same = x.PendingWrites.Count == y.PendingWrites.Count &&
            x.PendingWrites.Zip(y.PendingWrites).All(pair => SameDescr(pair.First.Descr, pair.Second.Descr) &&
                SameValues(pair.First.Values.ToList(), pair.Second.Values.ToList(), map)) &&
            x.Virtuals.Zip(y.Virtuals).All(pair => SameVirtual(pair.First, pair.Second, map)) &&
            x.Frames.Zip(y.Frames).All(pair =>
                pair.First.Method == pair.Second.Method && pair.First.ILOffset == pair.Second.ILOffset &&
                SameValues(pair.First.Locals, pair.Second.Locals, map) && SameValues(pair.First.Stack, pair.Second.Stack, map));
        foreach (var virtualObject in x.Virtuals)
        {
            map.Remove(virtualObject);
        }
        return same;
    }

    private static bool SameVirtual(VirtualObject x, VirtualObject y, Dictionary<Value, Value> map) =>
        SameDescr(x.Descr, y.Descr) &&
        x.Fields.Count == y.Fields.Count &&
        x.Fields.Zip(y.Fields).All(pair => SameDescr(pair.First.Field, pair.Second.Field) && SameValue(pair.First.Value, pair.Second.Value, map)) &&
        SameValues(x.Items, y.Items, map);

    /// <summary>Descriptors with the same name and the same shape.</summary>
    public static bool SameDescr(Descr? x, Descr? y) => (x, y) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        _ when x.Name != y.Name => false,
        (FieldDescr fx, FieldDescr fy) => fx.Kind == fy.Kind && fx.Flags == fy.Flags,
        (ArrayDescr ax, ArrayDescr ay) => ax.ElementKind == ay.ElementKind && ax.ElementsImmutable == ay.ElementsImmutable && ax.IsVirtualizable == ay.IsVirtualizable,
        (ClassDescr, ClassDescr) => true,
        (CallDescr cx, CallDescr cy) => cx.Parameters.SequenceEqual(cy.Parameters) && cx.Result == cy.Result && SameEffects(cx.Effects, cy.Effects),
        (TargetToken tx, TargetToken ty) => tx.Kinds.SequenceEqual(ty.Kinds),
        _ => false,
    };

    private static bool SameEffects(EffectInfo x, EffectInfo y) =>
        x.Elidable == y.Elidable && x.CanRaise == y.CanRaise && x.ForcesVirtualizable == y.ForcesVirtualizable &&
        SameSet(x.Reads, y.Reads) && SameSet(x.Writes, y.Writes);

    private static bool SameSet(EffectSet x, EffectSet y) =>
        x.IsAll == y.IsAll && x.Descrs.Count == y.Descrs.Count &&
        x.Descrs.All(dx => y.Descrs.Any(dy => SameDescr(dx, dy)));
}
