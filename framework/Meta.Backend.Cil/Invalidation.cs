namespace Meta.Backend.Cil;

/// <summary>
/// The flag guard_not_invalidated reads, one per loop and shared by all its bridges: invalidating
/// a loop invalidates its whole tree, as RPython invalidates a loop token.
/// </summary>
internal sealed class Invalidation
{
    /// <summary>Volatile so that a loop re-reads it each iteration instead of hoisting the load.</summary>
    internal volatile bool IsSet;
}
