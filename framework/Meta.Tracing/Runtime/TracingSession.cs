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
    internal TracingSession(PieceKind kind, GreenKey key, Recorder recorder, CompiledPiece? from, Operation? guard)
    {
        Kind = kind;
        Key = key;
        Recorder = recorder;
        From = from;
        Guard = guard;
        Started = Stopwatch.GetTimestamp();
    }

    public PieceKind Kind { get; }

    /// <summary>The greens where the trace starts; a loop closes when the merge point sees them again.</summary>
    public GreenKey Key { get; }

    public Recorder Recorder { get; }

    /// <summary>For a bridge: the loop whose guard (or whose bridge's guard) failed, and that guard.</summary>
    public CompiledPiece? From { get; }

    public Operation? Guard { get; }

    internal long Started { get; }

    /// <summary>For a bridge: one input per live value of the failing guard, in exit order.</summary>
    public IReadOnlyList<Input> BridgeInputs { get; internal set; } = [];

    /// <summary>
    /// For a bridge: the frames of the failing guard with the shadows the tracing code starts
    /// from — inputs for live values, constants, and the objects the bridge allocates again for
    /// the guard's virtuals.
    /// </summary>
    public IReadOnlyList<ResumeFrame> BridgeFrames { get; internal set; } = [];
}
