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

    private readonly Func<TraceFrame, int> _code;
    private readonly TraceClosure _closure;
    private readonly Operation[] _guards;

    internal CompiledTrace(Trace trace, Func<TraceFrame, int> code, TraceClosure closure, Operation[] guards, int frameSize)
    {
        Trace = trace;
        _code = code;
        _closure = closure;
        _guards = guards;
        FrameSize = frameSize;
    }

    public Trace Trace { get; }

    /// <summary>The compiled code, for tests that check it is collectable.</summary>
    internal Func<TraceFrame, int> Code => _code;

    /// <summary>The guards of the trace in operation order: exit id k is guard k.</summary>
    public IReadOnlyList<Operation> Guards => _guards;

    /// <summary>The slots a frame needs: the most of the inputs and of any exit's values.</summary>
    public int FrameSize { get; }

    public bool IsInvalidated => _closure.Invalidated;

    public TraceFrame NewFrame() => new(FrameSize);

    /// <summary>Runs the code on the inputs in <paramref name="frame"/>; returns the exit id.</summary>
    public int Run(TraceFrame frame)
    {
        if (frame.Size < FrameSize)
        {
            throw new ArgumentException($"the frame has {frame.Size} slots, the trace needs {FrameSize}", nameof(frame));
        }
        return _code(frame);
    }

    /// <summary>Makes every guard_not_invalidated of this trace fail from now on.</summary>
    public void Invalidate() => _closure.Invalidated = true;

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
        return id switch
        {
            FinishId => new ExitResult(ExitKind.Finish, -1, null, Read(frame, Trace.Operations[^1].Operands), frame.Exception),
            IterationLimitId => new ExitResult(ExitKind.IterationLimit, -1, null, Read(frame, Trace.Operations[^1].Operands), frame.Exception),
            _ => new ExitResult(ExitKind.Guard, id, _guards[id], Read(frame, _guards[id].Resume!.LiveValues.ToArray()), frame.Exception),
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
