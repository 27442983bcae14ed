namespace Meta.Backend.Cil;

/// <summary>
/// The object a compiled trace's delegate is bound to (its first IL argument): what the code needs
/// that CIL cannot embed. Reference constants live here because IL has no literal for an arbitrary
/// object; the invalidation flag is what guard_not_invalidated reads.
/// </summary>
internal sealed class TraceClosure(object[] constants)
{
    internal readonly object[] Constants = constants;

    /// <summary>Volatile so that a loop re-reads it each iteration instead of hoisting the load.</summary>
    internal volatile bool Invalidated;
}
