using Meta.Tracing.IR;

namespace Meta.Optimizer.Passes;

/// <summary>
/// Allocation removal, after RPython's optimizeopt/virtualize.py and info.py: <c>new</c> and
/// <c>new_array</c> of a small constant length are not emitted; the pass keeps the object's
/// fields (items) itself and answers getfield, setfield, getarrayitem/setarrayitem at a constant
/// index, arraylen, guard_class, guard_nonnull and ptr_eq/ptr_ne on it. Virtuals may be stored
/// in virtuals. When a virtual escapes — any other use: stored into a real object, passed to a
/// call, to jump or finish or a label, indexed by a non-constant — it is <em>forced</em>: its
/// allocation and the writes of its non-default fields are emitted there (virtuals it refers to
/// first, cycles included), and from then on it is an ordinary value. A guard's resume data
/// describes the virtuals it refers to as <see cref="VirtualObject"/>s with their current
/// fields, so they are allocated only if the guard fails (resume.py's lazy materialization).
/// </summary>
/// <remarks>
/// ptr_eq of a virtual with anything that is not the same virtual is false without forcing: no
/// other reference to an object that never escaped can exist (RPython's rewrite.py does the
/// same). In a peeled loop virtuals cross the loop header as their fields (<see cref="VirtualState"/>,
/// RPython's unroll.py and virtualstate.py): the body starts with them virtual, and its jump
/// passes the fields of virtuals of the same shape. When the jump's values do not have that
/// shape, loop peeling starts again with virtuals allocated at the header.
/// </remarks>
public sealed class Virtuals : OptimizationPass
{
    /// <summary>The longest new_array (constant length) that is made virtual.</summary>
    public const int MaxArrayLength = 16;

    private readonly Dictionary<Value, VirtualInfo> _virtuals = [];
    private VirtualState? _loopState;

    /// <summary>
    /// Nothing to keep or drop: at the loop header (a label, see <see cref="LoopPeeling"/>) this
    /// pass already did what it delayed and forgot what it held.
    /// </summary>
    public override void EnterLoopBody(Func<Value, bool> isInvariant)
    {
    }

    public override IReadOnlyList<Value> NameHeaderOperands(IReadOnlyList<Value> emitted) =>
        _loopState is null ? emitted : _loopState.Rebuild(emitted, (allocation, info) =>
        {
            Allocate(allocation, info);
            if (info.Descr is ClassDescr type)
            {
                Optimizer.Info(allocation).KnownClass = type;
            }
        });

    internal override VirtualState? HeaderShape => _loopState;

    public override ResumeData DescribeAtLabel(ResumeData resume) => ValueMapping.Map(resume, Describe(new Dictionary<VirtualInfo, VirtualObject>()));

    public override void Propagate(Operation op)
    {
        if (op.Opcode == Opcode.Label && Optimizer.IsLoopHeader(op) && Optimizer.CarriesVirtualsAcrossLoops)
        {
            var leaves = new List<Value>();
            _loopState = VirtualState.Of(op.Operands, Virtual, leaves);
            _virtuals.Clear();
            EmitNext(new Operation(Opcode.Label, leaves, op.Descr));
            return;
        }
        if (op.Opcode == Opcode.Jump && op.Descr is null && _loopState is not null)
        {
            var leaves = _loopState.Match(op.Operands, Virtual) ?? throw new VirtualStateMismatchException();
            EmitNext(new Operation(Opcode.Jump, leaves.Select(Force).ToList()));
            return;
        }
        if (op.Opcode == Opcode.Jump && Optimizer.LabelShapes?.Of(op.Descr) is { } shape)
        {
            // A bridge entering a loop whose label virtuals cross: its virtuals must have their shape.
            var leaves = shape.State.Match(op.Operands.Take(shape.State.Count).ToList(), Virtual) ?? throw new VirtualStateMismatchException();
            EmitNext(new Operation(Opcode.Jump, [.. leaves.Select(Force), .. op.Operands.Skip(shape.State.Count).Select(Force)], shape.Label));
            return;
        }
        if (!TryOptimize(op))
        {
            Emit(op);
        }
    }

    private bool TryOptimize(Operation op)
    {
        var operands = op.Operands;
        switch (op.Opcode)
        {
            case Opcode.New:
                Allocate(op, new VirtualInfo(op, (ClassDescr)op.Descr!));
                Optimizer.Info(op).KnownClass = (ClassDescr)op.Descr!;
                return true;
            case Opcode.NewArray when operands[0] is Constant { AsInt: >= 0 and <= MaxArrayLength } length:
                Allocate(op, new VirtualInfo(op, (ArrayDescr)op.Descr!, length.AsInt));
                return true;
            case Opcode.GetField when Virtual(operands[0]) is { } v:
                Optimizer.Replace(op, Optimizer.Get(v.GetField((FieldDescr)op.Descr!)));
                return true;
            case Opcode.SetField when Virtual(operands[0]) is { } v:
                v.SetField((FieldDescr)op.Descr!, operands[1]);
                return true;
            case Opcode.GetArrayItem when Virtual(operands[0]) is { } v && ConstantIndex(v, operands[1]) is { } index:
                Optimizer.Replace(op, Optimizer.Get(v.GetItem(index)));
                return true;
            case Opcode.SetArrayItem when Virtual(operands[0]) is { } v && ConstantIndex(v, operands[1]) is { } index:
                v.SetItem(index, operands[2]);
                return true;
            case Opcode.ArrayLen when Virtual(operands[0]) is { } v:
                Optimizer.Replace(op, Constant.Int(v.Length));
                return true;
            case Opcode.GuardClass when Virtual(operands[0]) is { } v && v.Descr == op.Descr:
            case Opcode.GuardNonnull when Virtual(operands[0]) is not null:
                return true;
            case Opcode.PtrEq or Opcode.PtrNe when Virtual(operands[0]) is not null || Virtual(operands[1]) is not null:
                var same = ReferenceEquals(operands[0], operands[1]);
                Optimizer.Replace(op, Constant.Int(same == (op.Opcode == Opcode.PtrEq) ? 1 : 0));
                return true;
            case Opcode.SameAs when Virtual(operands[0]) is not null:
                Optimizer.Replace(op, operands[0]);
                return true;
            default:
                return false;
        }
    }

    private void Allocate(Operation op, VirtualInfo info)
    {
        _virtuals.Add(op, info);
        Optimizer.Info(op).IsNonNull = true;
    }

    private VirtualInfo? Virtual(Value value) => _virtuals.GetValueOrDefault(Optimizer.Get(value));

    /// <summary>The index, when it is a constant inside the virtual array (else the array is forced).</summary>
    private static int? ConstantIndex(VirtualInfo array, Value index) =>
        array.Descr is ArrayDescr && index is Constant { AsInt: var i } && i >= 0 && i < array.Length ? i : null;

    /// <summary>Emits an operation that is not about a virtual: virtuals among its operands escape here.</summary>
    private void Emit(Operation op)
    {
        var operands = op.Operands.Select(Force).ToList();
        var resume = op.Resume;
        if (resume is not null)
        {
            // A pending write must name a real object; the values it writes may stay virtual.
            foreach (var write in resume.PendingWrites)
            {
                Force(write.Target);
            }
            resume = ValueMapping.Map(resume, Describe(new Dictionary<VirtualInfo, VirtualObject>()));
        }
        var changed = !ReferenceEquals(resume, op.Resume) || !operands.SequenceEqual(op.Operands);
        EmitNext(changed ? Rewrite(op, operands, resume) : op);
        if (op.Opcode == Opcode.Label)
        {
            // Only the label's arguments (forced above) are visible after it.
            _virtuals.Clear();
        }
    }

    /// <summary>
    /// Emits the allocation of a virtual and the writes of its fields, forcing the virtuals they
    /// hold first; it is no longer virtual before its fields are forced, which ends cycles.
    /// </summary>
    private Value Force(Value value)
    {
        value = Optimizer.Get(value);
        if (!_virtuals.Remove(value, out var info))
        {
            return value;
        }
        EmitNext(info.Allocation);
        foreach (var (field, fieldValue) in info.Fields)
        {
            if (!VirtualInfo.IsDefault(Optimizer.Get(fieldValue)))
            {
                var forced = Force(fieldValue);
                EmitNext(new Operation(Opcode.SetField, [value, forced], field));
            }
        }
        for (var i = 0; i < info.Length; i++)
        {
            if (info.Items[i] is { } item && !VirtualInfo.IsDefault(Optimizer.Get(item)))
            {
                var forced = Force(item);
                EmitNext(new Operation(Opcode.SetArrayItem, [value, Constant.Int(i), forced], info.Descr));
            }
        }
        return value;
    }

    /// <summary>Maps a value to the description of the virtual it is (shared within one guard), or to itself.</summary>
    private Func<Value, Value> Describe(Dictionary<VirtualInfo, VirtualObject> described)
    {
        Value Map(Value value)
        {
            value = Optimizer.Get(value);
            if (!_virtuals.TryGetValue(value, out var info))
            {
                return value;
            }
            if (described.TryGetValue(info, out var known))
            {
                return known;
            }
            var description = info.Descr is ArrayDescr array ? new VirtualObject(array, info.Length) : new VirtualObject((ClassDescr)info.Descr);
            described.Add(info, description);
            foreach (var (field, fieldValue) in info.Fields)
            {
                if (!VirtualInfo.IsDefault(Optimizer.Get(fieldValue)))
                {
                    description.SetField(field, Map(fieldValue));
                }
            }
            for (var i = 0; i < info.Length; i++)
            {
                if (info.Items[i] is { } item && !VirtualInfo.IsDefault(Optimizer.Get(item)))
                {
                    description.SetItem(i, Map(item));
                }
            }
            return description;
        }
        return Map;
    }
}
