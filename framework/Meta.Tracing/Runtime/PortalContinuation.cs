namespace Meta.Tracing.Runtime;

/// <summary>
/// Where the translated portal continues as plain code after the JIT had control: its frame
/// (at the merge point after tracing, or wherever the outermost frame of a failing guard is),
/// the result of the inlined callee resumed above it, if any, to push, and the exception to
/// raise there instead, if the guard failed on one (RPython's ContinueRunningNormally carries
/// the portal's arguments the same way, warmspot.py's ll_portal_runner).
/// </summary>
public sealed class PortalContinuation(ResumedFrame frame, object? pushed, Exception? pending)
{
    public ResumedFrame Frame { get; } = frame;
    public object? Pushed { get; } = pushed;
    public Exception? Pending { get; } = pending;
}
