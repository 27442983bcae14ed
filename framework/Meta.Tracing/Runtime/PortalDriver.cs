using System.Runtime.CompilerServices;
using Meta.Jit;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;

namespace Meta.Tracing.Runtime;

/// <summary>
/// Continues the method a resume frame names (a method inlined into a trace, not the portal):
/// the translator's <c>&lt;MetaTwins&gt;.Resume</c>. Returns the method's boxed result.
/// </summary>
public delegate object? ResumeEntry(ResumedFrame frame, object? pushed, Exception? pending);

/// <summary>
/// A tracing twin entered in the middle of its method: the translator's portal twin
/// <c>P$trace</c> (at its merge point, or where a failing guard left the portal) and
/// <c>&lt;MetaResume&gt;.Retrace</c> (any other traced method, where a guard left it). The frame
/// gives the concrete arguments, locals and stack, <paramref name="shadows"/> their trace values
/// (slots, then stack); at a caller's frame after its call the callee's result and its shadow
/// are pushed, or <paramref name="pending"/> is raised there. Returns the method's boxed result
/// (its shadow in <see cref="TraceContext.ReturnShadow"/>), or, from the portal, a
/// <see cref="PortalContinuation"/> once tracing is over.
/// </summary>
public delegate object? TraceEntry(ResumedFrame frame, TraceContext context, Value?[] shadows, object? pushed, Value? pushedShadow, Exception? pending);

/// <summary>
/// What the translated portal calls at its merge point and at CanEnterJit: the glue between a
/// <see cref="JitDriver"/> and its <see cref="JitRuntime"/> (RPython's warmspot.py rewrites
/// can_enter_jit into maybe_compile_and_run of warmstate.py, and the portal runner re-enters the
/// portal with ContinueRunningNormally). CanEnterJit counts the backward jump; when the runtime
/// says trace or enter, the next merge point with the same greens hands control to the JIT,
/// which gives back where the plain portal continues. Without a runtime attached the portal
/// runs as plain code.
/// </summary>
public sealed class PortalDriver
{
    private static readonly ConditionalWeakTable<JitDriver, PortalDriver> Drivers = new();

    private GreenKey? _armedKey;
    private JitAction _armedAction;
    private TracingSession? _session;

    /// <summary>The portal driver of <paramref name="driver"/> (one each).</summary>
    public static PortalDriver Of(JitDriver driver) => Drivers.GetValue(driver, static _ => new PortalDriver());

    /// <summary>The JIT runtime; null (the default) runs the portal as plain code.</summary>
    public JitRuntime? Runtime { get; set; }

    /// <summary>Whether the next merge point may hand control to the JIT (checked at every merge point: one field read).</summary>
    public bool Armed => _armedKey is not null;

    /// <summary>A backward jump of the user's program to <paramref name="greens"/>.</summary>
    public void CanEnterJit(TraceValue[] greens)
    {
        if (Runtime is not { } runtime)
        {
            return;
        }
        var key = Key(greens);
        var action = runtime.OnBackwardJump(key);
        if (action != JitAction.Interpret)
        {
            _armedKey = key;
            _armedAction = action;
        }
    }

    /// <summary>The merge point after an armed CanEnterJit: what to do here (disarms either way).</summary>
    public JitAction AtMergePoint(TraceValue[] greens)
    {
        var armed = _armedKey;
        _armedKey = null;
        return armed is { } key && key.Equals(Key(greens)) ? _armedAction : JitAction.Interpret;
    }

    /// <summary>
    /// Runs the JIT at the merge point (<paramref name="action"/> from <see cref="AtMergePoint"/>):
    /// traces one loop with the portal's twin, or runs the compiled loop and resumes the frames
    /// of its failing guard. The portal's variables are slots of its frame (arguments, then
    /// locals); <paramref name="entryOffset"/> is where the portal continues after its merge point.
    /// </summary>
    public object? Jit(JitAction action, string method, int entryOffset, int slotCount, int[] greenSlots, TraceValue[] greens,
        int[] redSlots, TraceValue[] reds, TraceEntry trace, ResumeEntry resume, TraceEntry retrace)
    {
        var runtime = Runtime ?? throw new InvalidOperationException("no JIT runtime attached");
        var key = Key(greens);
        if (action == JitAction.Enter)
        {
            return RunCompiled(runtime, key, reds, trace, resume, retrace);
        }
        var session = runtime.BeginTrace(key, PieceKind.Loop, continueAfterAbort: true);
        var shadows = new Value?[slotCount];
        var locals = new TraceValue?[slotCount];
        for (var i = 0; i < greenSlots.Length; i++)
        {
            shadows[greenSlots[i]] = greens[i].ToConstant();
            locals[greenSlots[i]] = greens[i];
        }
        for (var i = 0; i < redSlots.Length; i++)
        {
            shadows[redSlots[i]] = session.Recorder.Input(reds[i].Kind);
            locals[redSlots[i]] = reds[i];
        }
        _session = session;
        try
        {
            return trace(new ResumedFrame(method, entryOffset, locals, []), new TraceContext(session.Recorder), shadows, null, null, null);
        }
        finally
        {
            EndEscaped(runtime, session);
        }
    }

    /// <summary>
    /// The portal returned or raised before the loop or bridge closed: the trace left the loop
    /// (or had stopped before, for the reason the recorder gives).
    /// </summary>
    private void EndEscaped(JitRuntime runtime, TracingSession session)
    {
        if (ReferenceEquals(_session, session))
        {
            _session = null;
            runtime.AbortTrace(session, session.Recorder.Aborted?.Reason ?? AbortReason.Escaped);
        }
    }

    /// <summary>The portal's twin at its merge point (every iteration of the dispatch loop): true when tracing is over.</summary>
    public bool TraceMergePoint(TraceValue[] greens, Value[] redShadows)
    {
        var session = _session ?? throw new InvalidOperationException("no trace is being recorded");
        var runtime = Runtime!;
        if (session.Recorder.Aborted is { } aborted)
        {
            _session = null;
            runtime.AbortTrace(session, aborted.Reason);
            return true;
        }
        if (!Key(greens).Equals(session.Key))
        {
            return false;
        }
        _session = null;
        if (session.Kind == PieceKind.Bridge)
        {
            runtime.CompleteBridge(session, session.Recorder.JumpTo(session.From!.Entry!, redShadows));
        }
        else
        {
            runtime.CompleteTrace(session, session.Recorder.CloseLoop(redShadows));
        }
        return true;
    }

    /// <summary>
    /// Runs the compiled loop until a guard fails, then resumes the guard's frames innermost
    /// first (each caller continues after its call with the callee's result, or raises what the
    /// callee raised); the portal's frame, outermost, is where the portal continues. A guard
    /// that failed trace_eagerness times is resumed by the tracing twins instead, which record
    /// its bridge until the portal is back at the loop's merge point.
    /// </summary>
    private object? RunCompiled(JitRuntime runtime, GreenKey key, TraceValue[] reds, TraceEntry trace, ResumeEntry resume, TraceEntry retrace)
    {
        var exit = runtime.Run(key, reds);
        if (exit.Exit.Kind == ExitKind.Finish)
        {
            // A bridge that returned from the portal: its result, boxed as the portal's twin returns it.
            return exit.Exit.Values is [var value] ? value.ToObject() : null;
        }
        if (exit.Exit.Kind != ExitKind.Guard)
        {
            throw new InvalidOperationException($"the compiled loop at {runtime.DescribePosition(key)} ended without a failing guard: {exit.Exit}");
        }
        if (exit.TraceBridge)
        {
            if (exit.Exit.PendingException is null)
            {
                return TraceBridge(runtime, exit, trace, retrace);
            }
            // A bridge would start with the exception a residual call raised: not traced yet.
            runtime.BridgeUnavailable(exit);
        }
        var frames = exit.ResumedFrames;
        object? pushed = null;
        var pending = exit.Exit.PendingException;
        for (var i = frames.Count - 1; i > 0; i--)
        {
            try
            {
                pushed = resume(frames[i], pushed, pending);
                pending = null;
            }
            catch (Exception raised)
            {
                // The resumed callee raised: its caller raises it at the call, as it would have.
                pushed = null;
                pending = raised;
            }
        }
        return new PortalContinuation(frames[0], pushed, pending);
    }

    /// <summary>
    /// Records the bridge of <paramref name="exit"/>'s guard (RPython's
    /// ResumeGuardDescr.handle_fail then compile_trace): the guard's frames are resumed innermost
    /// first by their tracing twins, each with the callers' frames as the recorder's inlined
    /// callers, starting from the shadows <see cref="JitRuntime.BeginBridge"/> gives them; the
    /// portal's twin goes on to the merge point, where <see cref="TraceMergePoint"/> closes it.
    /// </summary>
    private object? TraceBridge(JitRuntime runtime, LoopExit exit, TraceEntry trace, TraceEntry retrace)
    {
        var frames = exit.ResumedFrames;
        var session = runtime.BeginBridge(exit, continueAfterAbort: true);
        var recorder = session.Recorder;
        var context = new TraceContext(recorder);
        _session = session;
        try
        {
            object? pushed = null;
            Value? pushedShadow = null;
            Exception? pending = null;
            for (var i = frames.Count - 1; i > 0; i--)
            {
                for (var caller = 0; caller < i; caller++)
                {
                    recorder.EnterInlined(session.BridgeFrames[caller]);
                }
                try
                {
                    pushed = retrace(frames[i], context, Shadows(session.BridgeFrames[i]), pushed, pushedShadow, pending);
                    pushedShadow = context.ReturnShadow;
                    pending = null;
                }
                catch (Exception raised)
                {
                    // The callee raised (its shadow is in flight in the context): its caller raises it at the call.
                    pushed = null;
                    pushedShadow = null;
                    pending = raised;
                }
                recorder.UnwindTo(0);
            }
            var result = trace(frames[0], context, Shadows(session.BridgeFrames[0]), pushed, pushedShadow, pending);
            if (result is not PortalContinuation && ReferenceEquals(_session, session) && recorder.Aborted is null)
            {
                // The portal returned: the bridge ends the compiled code with the portal's result
                // (RPython's DoneWithThisFrame: a finish of the result).
                _session = null;
                runtime.CompleteBridge(session, recorder.Finish(context.ReturnShadow is { } shadow ? [shadow] : []));
            }
            return result;
        }
        finally
        {
            EndEscaped(runtime, session);
        }
    }

    /// <summary>A frame's shadows as a tracing entry takes them: the slots, then the stack.</summary>
    private static Value?[] Shadows(ResumeFrame frame) => [.. frame.Locals, .. frame.Stack];

    private static GreenKey Key(TraceValue[] greens) => greens.Length switch
    {
        1 => new GreenKey(greens[0]),
        2 => new GreenKey(greens[0], greens[1]),
        3 => new GreenKey(greens[0], greens[1], greens[2]),
        _ => throw new ArgumentException($"{greens.Length} greens: a key holds one to three", nameof(greens)),
    };
}
