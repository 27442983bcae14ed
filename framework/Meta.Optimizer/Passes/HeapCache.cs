using Meta.Tracing.IR;

namespace Meta.Optimizer.Passes;

/// <summary>
/// Read/write forwarding for fields, static fields and array items, after RPython's
/// optimizeopt/heap.py. A read of a location whose value is known (read or written before) is
/// removed; a write is delayed (a "lazy setfield") and done once, when something may read it: a
/// read of memory it may overlap, a call whose effect info reads or writes its descriptor, a
/// label, jump or finish. Guards do not force delayed writes: they list them as pending writes
/// in their resume data, so a write that only matters if a guard fails costs nothing otherwise.
/// Calls forget what their effect info says they may write; a write forgets what it may
/// overwrite (see <see cref="Aliasing"/>). Immutable fields and arrays survive calls; array
/// lengths never change.
/// </summary>
/// <remarks>
/// Quasi-immutable fields follow RPython's quasiimmut_field protocol: the recorder puts a
/// guard_not_invalidated before each quasi-immutable read, and compiled code is invalidated when
/// such a field is written. So a known quasi-immutable value survives calls, and is reused as
/// long as a guard_not_invalidated has run since the last call that may write a quasi-immutable
/// field (after such a call without one, the field is read again). Of several
/// guard_not_invalidated with no such call (or write of a quasi-immutable field) between them
/// only the first is kept. Writes to a quasi-immutable field are not delayed (the write itself
/// invalidates code).
/// </remarks>
public sealed class HeapCache : OptimizationPass
{
    private readonly Dictionary<FieldDescr, Value> _statics = [];
    private readonly Dictionary<Value, Value> _lengths = [];
    private Aliasing? _aliasing;
    private HeapState? _heap;
    private bool _invalidationGuarded;
    private bool _mayBeInvalidated;

    private Aliasing Aliasing => _aliasing ??= new Aliasing(Optimizer);
    private HeapState Heap => _heap ??= new HeapState(Optimizer, Aliasing, Emit);

    /// <summary>
    /// Nothing to keep or drop: at the loop header (a label, see <see cref="LoopPeeling"/>) this
    /// pass already did what it delayed and forgot what it held.
    /// </summary>
    public override void EnterLoopBody(Func<Value, bool> isInvariant)
    {
    }

    public override void Propagate(Operation op)
    {
        switch (op.Opcode)
        {
            case Opcode.GetField:
                Read(op, (FieldDescr)op.Descr!, op.Operands[0], null);
                return;
            case Opcode.GetArrayItem:
                Read(op, op.Descr!, op.Operands[0], op.Operands[1]);
                return;
            case Opcode.SetField:
                var field = (FieldDescr)op.Descr!;
                _mayBeInvalidated |= field.IsQuasiImmutable;
                Write(op, field, op.Operands[0], null, op.Operands[1], delay: !field.IsQuasiImmutable);
                return;
            case Opcode.SetArrayItem:
                Write(op, op.Descr!, op.Operands[0], op.Operands[1], op.Operands[2], delay: true);
                return;
            case Opcode.GetStatic:
                ReadStatic(op);
                return;
            case Opcode.SetStatic:
                _mayBeInvalidated |= ((FieldDescr)op.Descr!).IsQuasiImmutable;
                WriteStatic(op);
                return;
            case Opcode.ArrayLen:
                ArrayLength(op);
                return;
            case Opcode.NewArray:
                _lengths[op] = op.Operands[0];
                break;
            case Opcode.Call or Opcode.CallMayForce or Opcode.CallPure:
                // call_pure too: an elidable callee may still read memory its effect info names.
                BeforeCall(op, (CallDescr)op.Descr!);
                break;
            case Opcode.GuardNotInvalidated when _invalidationGuarded && !_mayBeInvalidated:
                return;
            case Opcode.GuardNotInvalidated:
                (_invalidationGuarded, _mayBeInvalidated) = (true, false);
                break;
            case Opcode.Jump or Opcode.Finish:
                Heap.ForceAll();
                break;
            case Opcode.Label:
                Heap.ForceAll();
                Forget();
                break;
            default:
                if (!op.IsGuard && (op.Flags & OpFlags.SideEffect) != 0)
                {
                    // An effect this pass does not know (heap.py's default): do what was
                    // delayed, forget what the effect may have changed.
                    Heap.ForceAll();
                    Heap.Forget(descr => !IsImmutable(descr));
                    _statics.Clear();
                    _mayBeInvalidated = true;
                }
                break;
        }
        Emit(op.IsGuard ? WithPendingWrites(op) : op);
    }

    private void Emit(Operation op)
    {
        Aliasing.Saw(op);
        EmitNext(op);
    }

    private Operation WithPendingWrites(Operation op)
    {
        var resume = Heap.WithPendingWrites(op.Resume!);
        return ReferenceEquals(resume, op.Resume) ? op : Rewrite(op, op.Operands, resume);
    }

    private void Read(Operation op, Descr descr, Value target, Value? index)
    {
        var quasiImmutable = descr is FieldDescr { IsQuasiImmutable: true };
        if (Heap.Lookup(descr, target, index) is { } known && !(quasiImmutable && _mayBeInvalidated))
        {
            Optimizer.Replace(op, known);
            return;
        }
        Heap.BeforeRead(descr, target, index);
        Emit(op);
        Heap.Remember(descr, target, index, op);
    }

    private void Write(Operation op, Descr descr, Value target, Value? index, Value value, bool delay)
    {
        if (Heap.Write(descr, target, index, value, delay))
        {
            Emit(op);
        }
    }

    private void ReadStatic(Operation op)
    {
        var field = (FieldDescr)op.Descr!;
        if (_statics.TryGetValue(field, out var known) && !(field.IsQuasiImmutable && _mayBeInvalidated))
        {
            Optimizer.Replace(op, Optimizer.Get(known));
            return;
        }
        Emit(op);
        _statics[field] = op;
    }

    /// <summary>Static fields are written at once (pending writes name objects), unless the value is already there.</summary>
    private void WriteStatic(Operation op)
    {
        var field = (FieldDescr)op.Descr!;
        var value = op.Operands[0];
        if (_statics.TryGetValue(field, out var known) && Aliasing.Same(Optimizer.Get(known), value))
        {
            return;
        }
        Emit(op);
        _statics[field] = value;
    }

    private void ArrayLength(Operation op)
    {
        var array = op.Operands[0];
        if (_lengths.TryGetValue(array, out var known))
        {
            Optimizer.Replace(op, Optimizer.Get(known));
            return;
        }
        Emit(op);
        _lengths[array] = op;
    }

    /// <summary>
    /// Does the delayed writes the call may read or overwrite and forgets what it may write
    /// (heap.py's force_from_effectinfo). A call that may force the virtualizable frame reads and
    /// writes every virtualizable location, whatever its sets say.
    /// </summary>
    private void BeforeCall(Operation op, CallDescr call)
    {
        var effects = call.Effects;
        var forcesFrame = op.Opcode == Opcode.CallMayForce || effects.ForcesVirtualizable;
        bool Touches(Descr descr) => effects.Reads.Contains(descr) || effects.Writes.Contains(descr) || (forcesFrame && IsVirtualizable(descr));
        bool Overwrites(Descr descr) => (effects.Writes.Contains(descr) || (forcesFrame && IsVirtualizable(descr))) && !IsImmutable(descr);
        Heap.ForceDelayed(write => Touches(write.Descr));
        Heap.Forget(Overwrites);
        foreach (var field in _statics.Keys.Where(Overwrites).ToList())
        {
            _statics.Remove(field);
        }
        if (effects.Writes.IsAll || effects.Writes.Descrs.Any(descr => descr is FieldDescr { IsQuasiImmutable: true }) || forcesFrame)
        {
            _mayBeInvalidated = true;
        }
    }

    private static bool IsVirtualizable(Descr descr) => descr is FieldDescr { IsVirtualizable: true } or ArrayDescr { IsVirtualizable: true };

    /// <summary>Never changed by a call: immutable fields and arrays, and quasi-immutable fields (see the remarks).</summary>
    private static bool IsImmutable(Descr descr) =>
        descr is FieldDescr { IsImmutable: true } or FieldDescr { IsQuasiImmutable: true } or ArrayDescr { ElementsImmutable: true };

    /// <summary>At a label only the label's arguments stay visible: nothing known before it can be used after it.</summary>
    private void Forget()
    {
        Heap.Forget(_ => true);
        _statics.Clear();
        _lengths.Clear();
        Aliasing.Clear();
        _invalidationGuarded = false;
    }
}
