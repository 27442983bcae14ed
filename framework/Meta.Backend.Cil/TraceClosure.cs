namespace Meta.Backend.Cil;

/// <summary>
/// The object a compiled trace's delegate is bound to (its first IL argument): what the code needs
/// that CIL cannot embed. Reference constants live here because IL has no literal for an arbitrary
/// object; the invalidation flag is what guard_not_invalidated reads.
/// </summary>
internal sealed class TraceClosure(object[] constants, int guardCount, Invalidation invalidation)
{
    internal readonly object[] Constants = constants;

    /// <summary>
    /// The indirection table of bridges: entry k is the code of the bridge attached to guard k,
    /// or null. Guard k's exit block reads it each time it is taken, so attaching a bridge is one
    /// array store, with no recompilation (RPython patches the guard's jump instead).
    /// </summary>
    internal readonly Func<TraceFrame, int>?[] Bridges = new Func<TraceFrame, int>?[guardCount];

    /// <summary>The compiled trace this closure belongs to, stored in the frame on exit.</summary>
    internal CompiledTrace? Owner;

    /// <summary>The loop's flag, shared with its bridges.</summary>
    internal readonly Invalidation Invalidation = invalidation;
}
