using Meta.Tracing.Execution;

namespace Meta.Tracing.Runtime;

/// <summary>
/// How compiled code handed control back to the interpreter: the exit (a failing guard with its
/// live values, or a finish), the loop or function it left, and whether the interpreter should
/// now trace a bridge from that guard as it resumes.
/// </summary>
public sealed class LoopExit(ExitResult exit, CompiledPiece piece, bool traceBridge)
{
    private IReadOnlyList<ResumedFrame>? _frames;

    public ExitResult Exit { get; } = exit;
    public CompiledPiece Piece { get; } = piece;
    public bool TraceBridge { get; } = traceBridge;

    /// <summary>
    /// For a failed guard: the interpreter frames to continue in, after the virtuals were
    /// allocated and the delayed writes done (once, on the first call; see <see cref="Materializer"/>).
    /// </summary>
    public IReadOnlyList<ResumedFrame> ResumedFrames =>
        _frames ??= Materializer.Resume(Exit.Guard?.Resume ?? throw new InvalidOperationException("only a failed guard resumes"), Exit.Values);
}
