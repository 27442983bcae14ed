using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// A trace compiled to one DynamicMethod. <see cref="Run"/> is the fast entry: inputs in a
/// <see cref="TraceFrame"/>, the exit id back (a guard's index, <see cref="FinishId"/> or
/// <see cref="IterationLimitId"/>) and the exit values in the frame. <see cref="Execute"/> wraps
/// that in the interpreter's <see cref="ExitResult"/> shape for tests and slow paths.
/// </summary>
/// <remarks>
/// Nothing static refers to the delegate: when the last reference to this object goes, the
/// DynamicMethod and its native code are collected (DESIGN.md §6, dead loops are released).
/// </remarks>
public sealed class CompiledTrace
{
    /// <summary>The exit id of finish.</summary>
    public const int FinishId = -1;

    /// <summary>The exit id when the iteration bound of <see cref="CilCompileOptions.MaxIterations"/> was reached.</summary>
    public const int IterationLimitId = -2;

    /// <summary>
    /// What a bridge returns to jump to label k of its root loop: EnterBase - k, with the label's
    /// arguments in the frame slots. Only root exit blocks see these; they continue at the label.
    /// </summary>
    internal const int EnterBase = -10;

    private readonly Func<TraceFrame, int> _code;
    private readonly TraceClosure _closure;
    private readonly Operation[] _guards;
    private readonly IReadOnlyDictionary<Operation, int> _ownGuardIndexes;
    private readonly bool[] _inlined;
    private readonly Operation[] _finals;
    private readonly TargetToken[] _labels;
    private readonly CompiledTrace? _root;
    private int _frameSize;

    internal CompiledTrace(Trace trace, Func<TraceFrame, int> code, TraceClosure closure, Operation[] guards,
        IReadOnlyDictionary<Operation, int> ownGuardIndexes, bool[] inlined, Operation[] finals, TargetToken[] labels, int frameSize, CompiledTrace? root)
    {
        Trace = trace;
        _code = code;
        _closure = closure;
        _guards = guards;
        _ownGuardIndexes = ownGuardIndexes;
        _inlined = inlined;
        _finals = finals;
        _labels = labels;
        _frameSize = frameSize;
        _root = root;
        closure.Owner = this;
    }

    public Trace Trace { get; }

    /// <summary>The compiled code, for tests that check it is collectable.</summary>
    internal Func<TraceFrame, int> Code => _code;

    /// <summary>
    /// The guards compiled into this method: exit id k is guard k. The trace's guards in operation
    /// order, then those of inlined bridges (<see cref="CilBackend.CompileTree"/>) as they were emitted.
    /// </summary>
    public IReadOnlyList<Operation> Guards => _guards;

    /// <summary>The finish and jump operations compiled into this method, indexed by <see cref="TraceFrame.FinalIndex"/>.</summary>
    public IReadOnlyList<Operation> Finals => _finals;

    /// <summary>The loop this bridge belongs to; a loop is its own root.</summary>
    public CompiledTrace Root => _root ?? this;

    public bool IsBridge => _root is not null;

    /// <summary>The slots a frame needs: the most of the inputs and of any exit's values, bridges included.</summary>
    public int FrameSize => _frameSize;

    public bool IsInvalidated => _closure.Invalidation.IsSet;

    public TraceFrame NewFrame() => new(FrameSize);

    /// <summary>The index of a label of this trace, as bridges' enter codes name it, or -1.</summary>
    internal int LabelIndex(TargetToken token) => Array.IndexOf(_labels, token);

    /// <summary>
    /// Enters the loop with the inputs in <paramref name="frame"/> (no exception pending); returns
    /// the exit id, to be read with <see cref="TraceFrame.ExitTrace"/>'s guards.
    /// </summary>
    public int Run(TraceFrame frame)
    {
        if (IsBridge)
        {
            throw new InvalidOperationException("a bridge is entered from the guard it is attached to, not by Run");
        }
        if (frame.Size < FrameSize)
        {
            throw new ArgumentException($"the frame has {frame.Size} slots, the trace needs {FrameSize}", nameof(frame));
        }
        frame.Exception = null;
        frame.ExitTrace = null;
        frame.Iterations = 0;
        return _code(frame);
    }

    /// <summary>Makes every guard_not_invalidated of this loop and of its bridges fail from now on.</summary>
    public void Invalidate() => _closure.Invalidation.IsSet = true;

    internal Invalidation Invalidation => _closure.Invalidation;

    /// <summary>
    /// From now on, when guard <paramref name="guardIndex"/> fails its exit block runs the bridge
    /// (inputs: the guard's live values) instead of returning; a bridge that jumps to a label of
    /// the loop continues the loop without leaving compiled code.
    /// </summary>
    public void AttachBridge(int guardIndex, CompiledTrace bridge)
    {
        if (_inlined[guardIndex])
        {
            throw new InvalidOperationException($"guard {guardIndex} has a bridge compiled in already");
        }
        if (bridge.Root != Root || !bridge.IsBridge)
        {
            throw new ArgumentException("the bridge was compiled for another loop", nameof(bridge));
        }
        var live = _guards[guardIndex].Resume!.LiveValues.Select(value => value.Kind);
        if (!live.SequenceEqual(bridge.Trace.Inputs.Select(input => input.Kind)))
        {
            throw new ArgumentException($"the bridge's inputs are not the live values of guard {guardIndex}", nameof(bridge));
        }
        Root._frameSize = Math.Max(Root._frameSize, bridge.FrameSize);
        _closure.Bridges[guardIndex] = bridge._code;
    }

    /// <summary>Runs on the given inputs and decodes the exit, in the IR interpreter's terms.</summary>
    public ExitResult Execute(IReadOnlyList<TraceValue> inputs)
    {
        var frame = NewFrame();
        if (inputs.Count != Trace.Inputs.Count)
        {
            throw new ArgumentException($"the trace takes {Trace.Inputs.Count} inputs, {inputs.Count} given", nameof(inputs));
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Kind != Trace.Inputs[i].Kind)
            {
                throw new ArgumentException($"input {i} is {Trace.Inputs[i].Kind.TextName()}, given {inputs[i].Kind.TextName()}", nameof(inputs));
            }
            Write(frame, i, inputs[i]);
        }
        var id = Run(frame);
        var exited = frame.ExitTrace ?? throw new InvalidOperationException($"exit {id} without the exiting trace");
        return id switch
        {
            FinishId => new ExitResult(ExitKind.Finish, -1, null, Read(frame, exited._finals[frame.FinalIndex].Operands), frame.Exception),
            IterationLimitId => new ExitResult(ExitKind.IterationLimit, -1, null, Read(frame, exited._finals[frame.FinalIndex].Operands), frame.Exception),
            // The index the interpreter reports: among the guards of the trace the guard belongs to.
            >= 0 => new ExitResult(ExitKind.Guard, exited._ownGuardIndexes[exited._guards[id]], exited._guards[id],
                Read(frame, exited._guards[id].Resume!.LiveValues.ToArray()), frame.Exception),
            _ => throw new InvalidOperationException($"exit id {id} reached the caller"),
        };
    }

    /// <summary>The values of an exit, read from the frame by the kinds of the values the exit stored.</summary>
    public static TraceValue[] Read(TraceFrame frame, IReadOnlyList<Value> stored)
    {
        var values = new TraceValue[stored.Count];
        for (var k = 0; k < values.Length; k++)
        {
            var kind = stored[k].Kind;
            values[k] = kind == ValueKind.Ref ? TraceValue.Ref(frame.Refs[k]) : TraceValue.FromBits(kind, frame.Words[k]);
        }
        return values;
    }

    public static void Write(TraceFrame frame, int slot, TraceValue value)
    {
        if (value.Kind == ValueKind.Ref)
        {
            frame.Refs[slot] = value.AsRef;
        }
        else
        {
            frame.Words[slot] = value.Bits;
        }
    }
}
