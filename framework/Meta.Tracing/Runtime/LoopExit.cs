using Meta.Tracing.Execution;

namespace Meta.Tracing.Runtime;

/// <summary>
/// How compiled code handed control back to the interpreter: the exit (a failing guard with its
/// live values, or a finish), the piece it left, and whether the interpreter should now trace a
/// bridge from that guard as it resumes.
/// </summary>
public sealed class LoopExit(ExitResult exit, CompiledPiece piece, bool traceBridge)
{
    public ExitResult Exit { get; } = exit;
    public CompiledPiece Piece { get; } = piece;
    public bool TraceBridge { get; } = traceBridge;
}
