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

    /// <summary>
    /// Nothing to keep or drop: at the loop header (a label, see <see cref="LoopPeeling"/>) this
    /// pass already did what it delayed and forgot what it held.
    /// </summary>
    public override void EnterLoopBody(Func<Value, bool> isInvariant)
    {
    }

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
