using Meta.Tracing.IR;

namespace Meta.Tracing.Runtime;

/// <summary>What kind of trace a compiled piece came from.</summary>
public enum PieceKind
{
    /// <summary>A loop of the user's program, entered at a backward jump.</summary>
    Loop,
    /// <summary>A function from its entry to its return, entered when it is called.</summary>
    Function,
    /// <summary>A path from a hot guard back to the start of its loop (traced, never entered alone).</summary>
    Bridge,
}

/// <summary>
/// A compiled loop or function trace and the bookkeeping the runtime keeps for it: its bridges,
/// failures per guard (of the trace and of its bridges), when it was last entered. A loop is
/// compiled again with all its bridges as one tree each time a bridge is added: a guard with a
/// bridge then branches straight into the bridge's code, which jumps back to <see cref="Entry"/>
/// (docs/backend-cil.md measured this against a table of separately compiled bridges).
/// </summary>
public sealed class CompiledPiece
{
    private readonly Dictionary<Operation, Trace> _bridges = [];
    private readonly Dictionary<Operation, int> _guardFailures = [];
    private readonly Dictionary<Operation, int> _bridgeAborts = [];
    private readonly HashSet<Operation> _withoutBridge = [];

    internal CompiledPiece(PieceKind kind, GreenKey key, Trace trace, TargetToken? entry, Trace? shortPreamble, ICompiledLoop code)
    {
        ShortPreamble = shortPreamble;
        Kind = kind;
        Key = key;
        Trace = trace;
        Entry = entry;
        Code = code;
    }

    public PieceKind Kind { get; }

    /// <summary>Where it starts: the loop's or function's greens.</summary>
    public GreenKey Key { get; }

    /// <summary>The optimized trace; a loop starts with the label <see cref="Entry"/>.</summary>
    public Trace Trace { get; }

    /// <summary>For a loop: the label at its start, where bridges go back to.</summary>
    public TargetToken? Entry { get; }

    /// <summary>For a peeled loop: what bridges run instead of jumping to <see cref="Entry"/> (see <see cref="OptimizedLoop"/>).</summary>
    public Trace? ShortPreamble { get; }

    /// <summary>The code of the trace and all its bridges.</summary>
    public ICompiledLoop Code { get; internal set; }

    /// <summary>The bridges, by the guard they start at.</summary>
    public IReadOnlyDictionary<Operation, Trace> Bridges => _bridges;

    /// <summary>Whether its code was invalidated (released, or a quasi-immutable field it read changed).</summary>
    public bool Invalidated { get; private set; }

    internal void Invalidate()
    {
        Invalidated = true;
        Code.Invalidate();
    }

    /// <summary>The runtime's generation when it last ran (for loop_longevity).</summary>
    internal long LastUsed { get; set; }

    public int GuardFailures(Operation guard) => _guardFailures.GetValueOrDefault(guard);

    internal int CountFailure(Operation guard) => _guardFailures[guard] = GuardFailures(guard) + 1;

    /// <summary>
    /// Tracing a bridge from <paramref name="guard"/> stopped without one: its failures count
    /// again from zero; after <paramref name="giveUpAfter"/> such aborts the guard asks for no
    /// bridge any more (it only resumes), since a bridge that was too long or left the loop three
    /// times will likely do so again, and every attempt costs a tracing run.
    /// </summary>
    internal void BridgeAborted(Operation guard, int giveUpAfter)
    {
        _guardFailures.Remove(guard);
        _bridgeAborts[guard] = _bridgeAborts.GetValueOrDefault(guard) + 1;
        if (_bridgeAborts[guard] >= giveUpAfter)
        {
            _withoutBridge.Add(guard);
        }
    }

    /// <summary>Whether tracing a bridge from <paramref name="guard"/> was given up (see <see cref="BridgeAborted"/>).</summary>
    internal bool WithoutBridge(Operation guard) => _withoutBridge.Contains(guard);

    internal void Attach(Operation guard, Trace bridge) => _bridges[guard] = bridge;
}
