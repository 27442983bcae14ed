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
/// back (keeping them in registers across iterations needs loop peeling, which comes later).
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

    private Aliasing Aliasing => _aliasing ??= new Aliasing(Optimizer);
    private HeapState Frame => _frame ??= new HeapState(Optimizer, Aliasing, Emit);

    public override void Propagate(Operation op)
    {
        switch (op.Opcode)
        {
            case Opcode.GetField when op.Descr is FieldDescr { IsVirtualizable: true } field && IsFrame(op.Operands[0]):
                Read(op, field, op.Operands[0], null);
                return;
            case Opcode.GetArrayItem when op.Descr is ArrayDescr { IsVirtualizable: true } array && IsFrame(op.Operands[0]):
                Read(op, array, op.Operands[0], op.Operands[1]);
                return;
            case Opcode.SetField when op.Descr is FieldDescr { IsVirtualizable: true } field && IsFrame(op.Operands[0]):
                Write(op, field, op.Operands[0], null, op.Operands[1]);
                return;
            case Opcode.SetArrayItem when op.Descr is ArrayDescr { IsVirtualizable: true } array && IsFrame(op.Operands[0]):
                Write(op, array, op.Operands[0], op.Operands[1], op.Operands[2]);
                return;
            case Opcode.Call or Opcode.CallMayForce when op.Opcode == Opcode.CallMayForce || ((CallDescr)op.Descr!).Effects.ForcesVirtualizable:
                // The callee may read the frame and write it: write back, then forget.
                Frame.ForceAll();
                Frame.Forget(_ => true);
                break;
            case Opcode.Jump or Opcode.Finish:
                Frame.ForceAll();
                break;
            case Opcode.Label:
                Frame.ForceAll();
                Frame.Forget(_ => true);
                Aliasing.Clear();
                break;
        }
        Emit(op.IsGuard ? WithPendingWrites(op) : op);
    }

    /// <summary>
    /// A frame (or frame array) that existed when the trace started. One allocated in the trace
    /// (the frame of an inlined call) is left to <see cref="Virtuals"/>, which removes it if it
    /// does not escape, and to the heap cache if it does.
    /// </summary>
    private bool IsFrame(Value target) => !Aliasing.IsAllocation(target);

    private void Emit(Operation op)
    {
        Aliasing.Saw(op);
        EmitNext(op);
    }

    private Operation WithPendingWrites(Operation op)
    {
        var resume = Frame.WithPendingWrites(op.Resume!);
        return ReferenceEquals(resume, op.Resume) ? op : new Operation(op.Opcode, op.Operands, op.Descr, resume);
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
