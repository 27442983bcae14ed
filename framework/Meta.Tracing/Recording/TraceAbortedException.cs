namespace Meta.Tracing.Recording;

/// <summary>Why tracing stopped without a trace; the driver counts aborts by reason.</summary>
public enum AbortReason
{
    /// <summary>More operations than trace_limit.</summary>
    TooLong,
    /// <summary>The interpreter did something the tracing code cannot record.</summary>
    Unsupported,
    /// <summary>The user's program raised out of the traced code (e.g. the portal returned by an exception).</summary>
    Escaped,
}

public sealed class TraceAbortedException(AbortReason reason, string message) : Exception(message)
{
    public AbortReason Reason { get; } = reason;
}
