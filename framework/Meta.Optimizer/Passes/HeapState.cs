using Meta.Tracing.IR;

namespace Meta.Optimizer.Passes;

/// <summary>
/// What a pass knows of heap locations — instance fields (descriptor, object) and array items
/// (descriptor, array, index) — and the writes it has delayed, after RPython's heap.py
/// (CachedField, ArrayCachedItem and their _lazy_set). The heap cache and the virtualizable pass
/// each keep one. Invariants: a delayed write is also a known value; no two delayed writes may
/// touch the same memory (a write forces the delayed ones it may overlap first), so their order
/// does not matter and a guard can list them all as pending writes.
/// </summary>
internal sealed class HeapState(Optimizer optimizer, Aliasing aliasing, Action<Operation> emit)
{
    private readonly Dictionary<Descr, List<Known>> _known = [];
    private readonly List<PendingWrite> _delayed = [];

    private readonly record struct Known(Value Target, Value? Index, Value Value);

    /// <summary>A location and the value known to be there.</summary>
    public readonly record struct Location(Descr Descr, Value Target, Value? Index, Value Value);

    /// <summary>Every location whose value is known, in the order they became known (per descriptor).</summary>
    public IReadOnlyList<Location> KnownLocations() =>
        _known.SelectMany(entry => entry.Value.Select(known => new Location(entry.Key, Get(known.Target), known.Index is null ? null : Get(known.Index), Get(known.Value))))
            .ToList();

    /// <summary>
    /// From now on exactly these locations are known: <paramref name="registers"/> each holding
    /// its value as a delayed write (the truth, whatever memory holds: the state at a peeled
    /// loop's label), <paramref name="clean"/> as memory holds them. Delayed writes to other
    /// locations must be done first.
    /// </summary>
    public void Reset(IReadOnlyList<Location> registers, IReadOnlyList<Location> clean)
    {
        if (_delayed.Any(write => !IsOneOf(write, registers)))
        {
            throw new InvalidOperationException("resetting the registers with a delayed write to another location");
        }
        _known.Clear();
        _delayed.Clear();
        foreach (var location in clean)
        {
            Remember(location.Descr, location.Target, location.Index, location.Value);
        }
        foreach (var location in registers)
        {
            Remember(location.Descr, location.Target, location.Index, location.Value);
            _delayed.Add(location.Descr is ArrayDescr array
                ? new PendingWrite(location.Target, array, location.Index!, location.Value)
                : new PendingWrite(location.Target, (FieldDescr)location.Descr, location.Value));
        }
    }

    /// <summary>Whether a delayed write goes to one of <paramref name="locations"/>.</summary>
    public bool IsOneOf(PendingWrite write, IReadOnlyList<Location> locations) =>
        locations.Any(location => location.Descr == write.Descr && SameLocation(location.Target, location.Index, write.Target, write.Index));

    /// <summary>The value known to be at the location, or null.</summary>
    public Value? Lookup(Descr descr, Value target, Value? index)
    {
        if (_known.TryGetValue(descr, out var entries))
        {
            foreach (var entry in entries)
            {
                if (SameLocation(entry.Target, entry.Index, target, index))
                {
                    return optimizer.Get(entry.Value);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Before reading the location from memory: do the delayed writes that may be to it (a write
    /// to the very location would have made the read a cache hit).
    /// </summary>
    public void BeforeRead(Descr descr, Value target, Value? index) =>
        ForceDelayed(write => write.Descr == descr && MayOverlap(descr, write.Target, write.Index, target, index));

    /// <summary>Remembers what a read from memory found, or what an emitted write stored.</summary>
    public void Remember(Descr descr, Value target, Value? index, Value value)
    {
        if (!_known.TryGetValue(descr, out var entries))
        {
            _known[descr] = entries = [];
        }
        entries.RemoveAll(entry => SameLocation(entry.Target, entry.Index, target, index));
        entries.Add(new Known(target, index, value));
    }

    /// <summary>
    /// A write to the location. Returns false when it needs no operation: the location already
    /// holds the value. Otherwise the delayed writes it may overlap are done first, what it may
    /// overwrite is forgotten, and it is delayed (<paramref name="delay"/>) or must be emitted
    /// by the caller (true).
    /// </summary>
    public bool Write(Descr descr, Value target, Value? index, Value value, bool delay)
    {
        if (Lookup(descr, target, index) is { } current && Aliasing.Same(current, optimizer.Get(value)))
        {
            return false;
        }
        ForceDelayed(write => write.Descr == descr && !SameLocation(write.Target, write.Index, target, index) &&
            MayOverlap(descr, write.Target, write.Index, target, index));
        if (_known.TryGetValue(descr, out var entries))
        {
            entries.RemoveAll(entry => MayOverlap(descr, entry.Target, entry.Index, target, index));
        }
        Remember(descr, target, index, value);
        var at = _delayed.FindIndex(write => write.Descr == descr && SameLocation(write.Target, write.Index, target, index));
        if (!delay)
        {
            // The write is done now: a delayed write to the same location is superseded.
            if (at >= 0)
            {
                _delayed.RemoveAt(at);
            }
            return true;
        }
        var pending = descr is ArrayDescr array ? new PendingWrite(target, array, index!, value) : new PendingWrite(target, (FieldDescr)descr, value);
        if (at >= 0)
        {
            _delayed[at] = pending;
        }
        else
        {
            _delayed.Add(pending);
        }
        return false;
    }

    /// <summary>Emits the delayed writes that match, in order, and stops delaying them.</summary>
    public void ForceDelayed(Func<PendingWrite, bool> which)
    {
        var forced = _delayed.Where(which).ToList();
        foreach (var write in forced)
        {
            _delayed.Remove(write);
            emit(write.Index is null
                ? new Operation(Opcode.SetField, [Get(write.Target), Get(write.Value)], write.Descr)
                : new Operation(Opcode.SetArrayItem, [Get(write.Target), Get(write.Index), Get(write.Value)], write.Descr));
        }
    }

    public void ForceAll() => ForceDelayed(_ => true);

    /// <summary>
    /// Another pass reads or writes a location of this descriptor in <paramref name="target"/>:
    /// the delayed writes that may be to the same object are done first, and what such a write
    /// may change is forgotten.
    /// </summary>
    public void Disturb(Descr descr, Value target)
    {
        ForceDelayed(write => write.Descr == descr && aliasing.MayAlias(write.Target, target));
        if (_known.TryGetValue(descr, out var entries))
        {
            entries.RemoveAll(entry => aliasing.MayAlias(entry.Target, target));
        }
    }

    /// <summary>Forgets the known values of the matching descriptors (delayed writes to them must be forced first).</summary>
    public void Forget(Func<Descr, bool> which)
    {
        if (_delayed.Any(write => which(write.Descr)))
        {
            throw new InvalidOperationException("forgetting a location whose write is still delayed");
        }
        foreach (var descr in _known.Keys.Where(which).ToList())
        {
            _known.Remove(descr);
        }
    }

    /// <summary>The delayed writes as a guard's pending writes, before those the guard already had.</summary>
    public ResumeData WithPendingWrites(ResumeData resume) =>
        _delayed.Count == 0
            ? resume
            : new ResumeData(resume.Frames, _delayed.Select(Forwarded).Concat(resume.PendingWrites).ToList());

    private PendingWrite Forwarded(PendingWrite write) => write.Descr is ArrayDescr array
        ? new PendingWrite(Get(write.Target), array, Get(write.Index!), Get(write.Value))
        : new PendingWrite(Get(write.Target), (FieldDescr)write.Descr, Get(write.Value));

    private Value Get(Value value) => optimizer.Get(value);

    private bool SameLocation(Value targetA, Value? indexA, Value targetB, Value? indexB) =>
        Aliasing.Same(Get(targetA), Get(targetB)) &&
        (indexA is null ? indexB is null : indexB is not null && Aliasing.Same(Get(indexA), Get(indexB)));

    /// <summary>Two locations of one descriptor that may be the same memory at run time.</summary>
    private bool MayOverlap(Descr descr, Value targetA, Value? indexA, Value targetB, Value? indexB) =>
        aliasing.MayAlias(targetA, targetB) &&
        (descr is FieldDescr || aliasing.MayBeEqualIndex(indexA!, indexB!));
}
