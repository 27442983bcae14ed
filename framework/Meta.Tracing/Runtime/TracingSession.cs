using System.Diagnostics;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;

namespace Meta.Tracing.Runtime;

/// <summary>
/// One trace being recorded: what it starts from (a loop header, a function entry, a failing
/// guard) and the recorder the interpreter's tracing code writes into.
/// </summary>
public sealed class TracingSession
{
    internal TracingSession(PieceKind kind, GreenKey key, Recorder recorder, CompiledPiece? from, int guardIndex)
    {
        Kind = kind;
        Key = key;
        Recorder = recorder;
        From = from;
        GuardIndex = guardIndex;
        Started = Stopwatch.GetTimestamp();
    }

    public PieceKind Kind { get; }

    /// <summary>The greens where the trace starts; a loop closes when the merge point sees them again.</summary>
    public GreenKey Key { get; }

    public Recorder Recorder { get; }

    /// <summary>For a bridge: the piece whose guard failed, and which guard.</summary>
    public CompiledPiece? From { get; }

    public int GuardIndex { get; }

    internal long Started { get; }

    /// <summary>For a bridge: one input per live value of the failing guard, in exit order.</summary>
    public IReadOnlyList<Input> BridgeInputs { get; internal set; } = [];
}
