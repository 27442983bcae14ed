using Meta.Tracing.IR;

namespace Meta.Tracing.Runtime;

/// <summary>What kind of trace a compiled piece came from.</summary>
public enum PieceKind
{
    /// <summary>A loop of the user's program, entered at a backward jump.</summary>
    Loop,
    /// <summary>A function from its entry to its return, entered when it is called.</summary>
    Function,
    /// <summary>A path from a hot guard to a merge point with compiled code.</summary>
    Bridge,
}

/// <summary>
/// A compiled loop, function trace or bridge, with the bookkeeping the runtime keeps for it:
/// failures per guard, the bridges attached to its guards, when it was last entered.
/// </summary>
public sealed class CompiledPiece
{
    private readonly Dictionary<int, CompiledPiece> _bridges = [];
    private readonly int[] _guardFailures;

    internal CompiledPiece(PieceKind kind, GreenKey key, Trace trace, ICompiledLoop code, GreenKey? continuesAt)
    {
        Kind = kind;
        Key = key;
        Trace = trace;
        Code = code;
        ContinuesAt = continuesAt;
        _guardFailures = new int[trace.Operations.Count(op => op.IsGuard)];
    }

    public PieceKind Kind { get; }

    /// <summary>Where it starts: the loop's or function's greens; for a bridge, those of the piece it leaves.</summary>
    public GreenKey Key { get; }

    public Trace Trace { get; }
    public ICompiledLoop Code { get; }

    /// <summary>For a bridge: the loop its finish values enter next; null when it returns to the interpreter.</summary>
    public GreenKey? ContinuesAt { get; }

    /// <summary>The runtime's generation when it last ran (for loop_longevity).</summary>
    internal long LastUsed { get; set; }

    internal bool Released { get; set; }

    public int GuardFailures(int guardIndex) => _guardFailures[guardIndex];

    internal int CountFailure(int guardIndex) => ++_guardFailures[guardIndex];

    public CompiledPiece? BridgeAt(int guardIndex) => _bridges.GetValueOrDefault(guardIndex);

    internal void Attach(int guardIndex, CompiledPiece bridge) => _bridges[guardIndex] = bridge;

    public IEnumerable<CompiledPiece> Bridges => _bridges.Values;
}
