using Meta.Tracing.IR;

namespace Meta.Optimizer.Passes;

/// <summary>
/// Keeps the interpreter's frame in registers (DESIGN.md §3; RPython's virtualizable.py and the
/// virtualizable handling of pyjitpl.py and resume.py): reads and writes of fields flagged
/// virtualizable, and of items of arrays flagged virtualizable, are forwarded as the heap cache
/// forwards them, under a stronger assumption: only the trace's own frame operations touch
/// those locations. So a call does not disturb them unless it may force the frame
/// (<c>call_may_force</c>, or <c>forces</c> in its effect info); before such a call every
/// written location is written back, and afterwards everything is read again. A guard lists
/// the written-but-not-written-back locations as pending writes; jump and finish write them
/// back. In a peeled loop (<see cref="LoopPeeling"/>) the registers of locations in frames the
/// loop keeps (invariant objects, invariant indexes) are carried through the loop header as
/// extra label arguments instead, as RPython's unroll.py carries the virtualizable's fields: the
/// body starts with them in registers, holding them as written (memory may be stale), and its
/// final jump passes their current values; an immutable location with an invariant value stays
/// known as it is (<c>frame.locals</c>).
/// The pass runs before <see cref="Virtuals"/>: a virtual stored into the frame then stays
/// virtual, described in the guards' pending writes, and is forced only when the frame is
/// written back (in RPython the tracer itself keeps the frame in boxes, before any optimization).
/// </summary>
/// <remarks>
/// Two different references may still be the same frame: a write or a read through another
/// reference of a location that may alias follows the rules of <see cref="Aliasing"/>, so the
/// pass stays correct with several frame objects (it is only fast with one).
/// </remarks>
public sealed class Virtualizable : OptimizationPass
{
    private Aliasing? _aliasing;
    private HeapState? _frame;
    // In a peeled loop: the locations carried through the header (values as in the preamble),
    // the header operand of the first, and the immutable ones kept known.
    private List<HeapState.Location>? _carried;
    private int _firstCarried;
    private List<HeapState.Location> _keptImmutable = [];
    private List<HeapState.Location> _registersAtLabel = [];

    private Aliasing Aliasing => _aliasing ??= new Aliasing(Optimizer);
    private HeapState Frame => _frame ??= new HeapState(Optimizer, Aliasing, Emit);

    /// <summary>
    /// Nothing to drop: at the loop header (a label, see <see cref="LoopPeeling"/>) this pass did
    /// what it delayed for locations it does not carry, and its registers hold the body's names.
    /// </summary>
    public override void EnterLoopBody(Func<Value, bool> isInvariant)
    {
    }

    public override IReadOnlyList<Operation> CarriedReads =>
        _carried?.Select(location => location.Index is null
            ? new Operation(Opcode.GetField, [location.Target], location.Descr)
            : new Operation(Opcode.GetArrayItem, [location.Target, location.Index], location.Descr)).ToList() ?? [];

    public override IReadOnlyList<Value> NameHeaderOperands(IReadOnlyList<Value> emitted)
    {
        if (_carried is null)
        {
            return emitted;
        }
        _registersAtLabel = _carried.Select((location, k) => location with { Value = emitted[_firstCarried + k] }).ToList();
        Frame.Reset(_registersAtLabel, _keptImmutable);
        return emitted.Take(_firstCarried).ToList();
    }

    public override IReadOnlyList<PendingWrite> WritesAtLabel => _registersAtLabel.Select(location => location.Descr is ArrayDescr array
        ? new PendingWrite(location.Target, array, location.Index!, location.Value)
        : new PendingWrite(location.Target, (FieldDescr)location.Descr, location.Value)).ToList();

    public override void Propagate(Operation op)
    {
        if (op.Opcode is Opcode.GetField or Opcode.SetField or Opcode.GetArrayItem or Opcode.SetArrayItem && IsVirtualizable(op.Descr))
        {
            FrameAccess(op, op.Descr!);
            return;
        }
        switch (op.Opcode)
        {
            case Opcode.Call or Opcode.CallPure or Opcode.CallMayForce when op.Opcode == Opcode.CallMayForce || ((CallDescr)op.Descr!).Effects.ForcesVirtualizable:
                // The callee may read the frame and write it: write back, then forget.
                Frame.ForceAll();
                Frame.Forget(_ => true);
                break;
            case Opcode.Jump when _carried is not null && op.Descr is null:
                Emit(BodyJump(op));
                return;
            case Opcode.Jump when Optimizer.LabelShapes?.Of(op.Descr) is { } shape:
                // Into a loop body that holds these locations in registers: they stay in registers.
                Frame.ForceDelayed(write => !shape.Carries(write, op.Operands, Optimizer.Get));
                break;
            case Opcode.Jump or Opcode.Finish:
                Frame.ForceAll();
                break;
            case Opcode.Label when Optimizer.IsLoopHeader(op):
                Emit(LoopHeader(op));
                return;
            case Opcode.Label:
                Frame.ForceAll();
                Frame.Forget(_ => true);
                Aliasing.Clear();
                break;
        }
        Emit(op.IsGuard ? WithPendingWrites(op) : op);
    }

    /// <summary>
    /// The loop header: registers of locations the loop keeps become label arguments; the others
    /// are written back and forgotten (immutable ones with invariant values stay known).
    /// </summary>
    private Operation LoopHeader(Operation label)
    {
        var isInvariant = Optimizer.LoopInvariance!;
        bool Kept(HeapState.Location location) =>
            IsFrame(location.Target) && isInvariant(location.Target) && (location.Index is null || isInvariant(location.Index));
        var known = Frame.KnownLocations();
        _keptImmutable = known.Where(location => Kept(location) && location.Descr is FieldDescr { IsImmutable: true } && isInvariant(location.Value)).ToList();
        _carried = known.Where(location => Kept(location) && !_keptImmutable.Contains(location)).ToList();
        Frame.ForceDelayed(write => !Frame.IsOneOf(write, _carried));
        _firstCarried = label.Operands.Count;
        Aliasing.Clear();
        return new Operation(Opcode.Label, [.. label.Operands, .. _carried.Select(location => location.Value)], label.Descr);
    }

    /// <summary>The peeled body's jump back to its label: it passes the carried registers' current values.</summary>
    private Operation BodyJump(Operation jump)
    {
        var values = new List<Value>();
        foreach (var location in _carried!)
        {
            if (Frame.Lookup(location.Descr, location.Target, location.Index) is { } current)
            {
                values.Add(current);
                continue;
            }
            // Written back and forgotten by a call that may force the frame: read it again.
            var read = location.Index is null
                ? new Operation(Opcode.GetField, [location.Target], location.Descr)
                : new Operation(Opcode.GetArrayItem, [location.Target, location.Index], location.Descr);
            Read(read, location.Descr, location.Target, location.Index);
            values.Add(Optimizer.Get(read));
        }
        Frame.ForceDelayed(write => !Frame.IsOneOf(write, _carried));
        return new Operation(Opcode.Jump, [.. jump.Operands, .. values], jump.Descr);
    }

    private void FrameAccess(Operation op, Descr descr)
    {
        var target = op.Operands[0];
        if (!IsFrame(target))
        {
            // A frame allocated in the trace, left to the other passes; a frame loaded later
            // from the heap might be that one, so what this pass holds for it goes first.
            Frame.Disturb(descr, target);
            Emit(op);
            return;
        }
        var index = op.Opcode is Opcode.GetArrayItem or Opcode.SetArrayItem ? op.Operands[1] : null;
        if (op.Opcode is Opcode.GetField or Opcode.GetArrayItem)
        {
            Read(op, descr, target, index);
        }
        else
        {
            Write(op, descr, target, index, op.Operands[^1]);
        }
    }

    /// <summary>
    /// A frame (or frame array) that existed when the trace started. One allocated in the trace
    /// (the frame of an inlined call) is left to <see cref="Virtuals"/>, which removes it if it
    /// does not escape, and to the heap cache if it does.
    /// </summary>
    private bool IsFrame(Value target) => !Aliasing.IsAllocation(target);

    private static bool IsVirtualizable(Descr? descr) => descr is FieldDescr { IsVirtualizable: true } or ArrayDescr { IsVirtualizable: true };

    private void Emit(Operation op)
    {
        Aliasing.Saw(op);
        EmitNext(op);
    }

    private Operation WithPendingWrites(Operation op)
    {
        var resume = Frame.WithPendingWrites(op.Resume!);
        return ReferenceEquals(resume, op.Resume) ? op : Rewrite(op, op.Operands, resume);
    }

    /// <summary>The first read of a location loads it into a "register" (the read's result); later reads reuse it.</summary>
    private void Read(Operation op, Descr descr, Value target, Value? index)
    {
        if (Frame.Lookup(descr, target, index) is { } known)
        {
            Optimizer.Replace(op, known);
            return;
        }
        Frame.BeforeRead(descr, target, index);
        Emit(op);
        Frame.Remember(descr, target, index, op);
    }

    /// <summary>A write only updates the register; it reaches the frame when the frame is needed.</summary>
    private void Write(Operation op, Descr descr, Value target, Value? index, Value value)
    {
        if (Frame.Write(descr, target, index, value, delay: true))
        {
            Emit(op);
        }
    }
}
