namespace Meta.Tracing.IR;

/// <summary>
/// What a residual call may do, after RPython's effectinfo.py: the optimizer keeps what a call
/// cannot touch (heap cache) and folds or CSEs elidable calls.
/// </summary>
public sealed class EffectInfo(bool elidable, bool canRaise, bool forcesVirtualizable, EffectSet reads, EffectSet writes)
{
    /// <summary>Unknown code: may read and write anything and raise.</summary>
    public static readonly EffectInfo Unknown = new(false, true, false, EffectSet.All, EffectSet.All);

    /// <summary>Pure given its arguments (the [Elidable] hint); it may still raise.</summary>
    public bool Elidable { get; } = elidable;
    public bool CanRaise { get; } = canRaise;

    /// <summary>May look at the virtualizable frame, so its fields must be written back first.</summary>
    public bool ForcesVirtualizable { get; } = forcesVirtualizable;

    public EffectSet Reads { get; } = reads;
    public EffectSet Writes { get; } = writes;
}

/// <summary>The fields and arrays a call reads or writes: some descriptors, or all memory.</summary>
public sealed class EffectSet
{
    public static readonly EffectSet All = new(true, []);
    public static readonly EffectSet None = new(false, []);

    private EffectSet(bool isAll, Descr[] descrs)
    {
        IsAll = isAll;
        Descrs = descrs;
    }

    public bool IsAll { get; }

    /// <summary>The field and array descriptors in the set (empty when <see cref="IsAll"/>).</summary>
    public IReadOnlyList<Descr> Descrs { get; }

    public static EffectSet Of(params IEnumerable<Descr> descrs)
    {
        var list = descrs.Distinct().ToArray();
        if (list.Any(descr => descr is not (FieldDescr or ArrayDescr)))
        {
            throw new ArgumentException("effects name fields and arrays only", nameof(descrs));
        }
        return list.Length == 0 ? None : new EffectSet(false, list);
    }

    public bool Contains(Descr descr) => IsAll || Descrs.Contains(descr);
}
