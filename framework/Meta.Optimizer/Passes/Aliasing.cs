using Meta.Tracing.IR;

namespace Meta.Optimizer.Passes;

/// <summary>
/// Which references may name the same object, for the heap cache and the virtualizable pass
/// (RPython's heap.py asks the same question through its ptr infos and
/// <c>_cannot_alias_via_classes_or_lengths</c>). Two references cannot alias when they are two
/// different constants, when their exact classes differ, or when one was allocated in the trace
/// after the other was defined (or after the trace started, for inputs): the other reference
/// existed before the object did, or when they were read from two different virtualizable
/// fields (a frame's stack and its locals: each array a [Virtualizable] frame lists is its own,
/// as the virtualizable pass already assumes; RPython's virtualizable arrays are never shared).
/// Everything else may alias.
/// </summary>
internal sealed class Aliasing(Optimizer optimizer)
{
    private readonly Dictionary<Value, int> _positions = [];
    private readonly HashSet<Value> _allocations = [];
    // Kept across labels: a frame's arrays are loop-invariant values of the same names.
    private readonly Dictionary<Value, FieldDescr> _virtualizableFieldOf = [];

    /// <summary>Records an operation the pass emits: where it is defined, and whether it allocates.</summary>
    public void Saw(Operation op)
    {
        _positions.TryAdd(op, _positions.Count);
        if (op.Opcode is Opcode.New or Opcode.NewArray)
        {
            _allocations.Add(op);
        }
        if (op is { Opcode: Opcode.GetField, Kind: ValueKind.Ref, Descr: FieldDescr { IsVirtualizable: true } field })
        {
            _virtualizableFieldOf.TryAdd(op, field);
        }
    }

    /// <summary>Forgets the allocations (at a label: later values may come from before it).</summary>
    public void Clear()
    {
        _positions.Clear();
        _allocations.Clear();
    }

    /// <summary>The value is the result of a new or new_array this pass has seen.</summary>
    public bool IsAllocation(Value value) => _allocations.Contains(optimizer.Get(value));

    public static bool Same(Value a, Value b) => a is Constant constant ? constant.Equals(b) : ReferenceEquals(a, b);

    public bool MayAlias(Value a, Value b)
    {
        a = optimizer.Get(a);
        b = optimizer.Get(b);
        if (Same(a, b))
        {
            return true;
        }
        if (a is Constant && b is Constant)
        {
            return false;
        }
        if (optimizer.Info(a).KnownClass is { } classA && optimizer.Info(b).KnownClass is { } classB && classA != classB)
        {
            return false;
        }
        if (_virtualizableFieldOf.TryGetValue(a, out var fieldA) && _virtualizableFieldOf.TryGetValue(b, out var fieldB) && !ReferenceEquals(fieldA, fieldB))
        {
            return false;
        }
        return !AllocatedAfter(a, b) && !AllocatedAfter(b, a);
    }

    /// <summary>
    /// <paramref name="fresh"/> was allocated in the trace after <paramref name="other"/> existed, so
    /// <paramref name="other"/> cannot refer to it. Values not seen by the pass are inputs, which
    /// exist before every operation; constants exist before the trace.
    /// </summary>
    private bool AllocatedAfter(Value fresh, Value other) =>
        _allocations.Contains(fresh) &&
        (other is Constant || _positions.GetValueOrDefault(other, -1) < _positions[fresh]);

    /// <summary>Two array indexes that may be equal at run time (constants or disjoint bounds may say not).</summary>
    public bool MayBeEqualIndex(Value i, Value j)
    {
        i = optimizer.Get(i);
        j = optimizer.Get(j);
        if (Same(i, j))
        {
            return true;
        }
        return !optimizer.Info(i).Bound.Intersect(optimizer.Info(j).Bound).IsEmpty;
    }
}
