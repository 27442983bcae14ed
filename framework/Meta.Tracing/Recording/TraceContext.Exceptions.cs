using Meta.Tracing.IR;

namespace Meta.Tracing.Recording;

/// <summary>
/// Exceptions while tracing (RPython's pyjitpl.py: opimpl_raise, handle_possible_exception,
/// finishframe_exception). An exception the twins throw and catch themselves is control flow of
/// the trace: the twin that throws guards the object's class (the catch clause chosen depends on
/// it) and the catching twin continues with the object's shadow. An exception a residual call
/// raises is recorded as the call followed by guard_exception, whose result is the exception.
/// An exception the CLR raises inside a twin's own operation (a null dereference, a division by
/// zero, a failing cast) has no guard in the trace: catching it aborts tracing.
/// </summary>
public sealed partial class TraceContext
{
    private object? _inFlight;
    private Value? _inFlightShadow;

    /// <summary>A twin throws <paramref name="exception"/> (shadow <paramref name="shadow"/>) at <paramref name="here"/>.</summary>
    public void Throwing(Exception? exception, Value shadow, ResumeFrame here)
    {
        if (exception is null)
        {
            Recorder.Abort(AbortReason.Unsupported, $"throw of null at {here.Method}@{here.ILOffset}");
            return;
        }
        Recorder.GuardClass(shadow, exception.GetType(), here);
        InFlight(exception, shadow);
    }

    /// <summary>A catch handler rethrows the exception it caught, whose class the trace already fixed.</summary>
    public void Rethrowing(object exception, Value shadow) => InFlight(exception, shadow);

    /// <summary>
    /// The residual call of <paramref name="descr"/> raised <paramref name="exception"/>: the call,
    /// then guard_exception of exactly that class, whose value is the exception's shadow. Its
    /// frame is after the call with the call's result pushed, as guard_no_exception's: when the
    /// call returns after all, the interpreter continues with its result.
    /// </summary>
    public void Raised(CallDescr descr, Value[] arguments, Exception exception, ResumeFrame afterCall)
    {
        var call = Recorder.Record(descr.Effects.Elidable ? Opcode.CallPure : descr.Effects.ForcesVirtualizable ? Opcode.CallMayForce : Opcode.Call, arguments, descr);
        InFlight(exception, Recorder.GuardException(exception.GetType(), Recorder.WithResult(afterCall, call)));
    }

    /// <summary>
    /// A catch handler of a twin whose method was <paramref name="depth"/> inlined methods deep
    /// caught <paramref name="exception"/>: the methods it unwound leave the resume data, and the
    /// handler continues with the exception's shadow.
    /// </summary>
    public Value Caught(object exception, int depth)
    {
        Recorder.UnwindTo(depth);
        if (!ReferenceEquals(exception, _inFlight))
        {
            Recorder.Abort(AbortReason.Unsupported, $"{exception.GetType().Name} raised by an operation the trace has no guard for");
            return new Input(ValueKind.Ref); // stands for the exception in a recording that has stopped
        }
        return _inFlightShadow!;
    }

    /// <summary>A finally handler of a twin <paramref name="depth"/> inlined methods deep runs (on leave or while unwinding).</summary>
    public void Unwinding(int depth) => Recorder.UnwindTo(depth);

    /// <summary>
    /// The OverflowException of a checked operation: the interpreter may catch it, so it is a
    /// value of the trace, an allocation the optimizer removes when nothing keeps it.
    /// </summary>
    private OverflowException Overflowed()
    {
        var exception = new OverflowException();
        InFlight(exception, Recorder.Record(Opcode.New, [], Descriptors.Class(typeof(OverflowException))));
        return exception;
    }

    private void InFlight(object exception, Value shadow)
    {
        _inFlight = exception;
        _inFlightShadow = shadow;
    }
}
