namespace Meta.Translator.Plan;

/// <summary>
/// What the tracer does with a method (RPython's codewriter/policy.py look_inside_graph and the
/// call kinds of codewriter/call.py): the first four get a tracing twin and are RC#-checked;
/// the rest are calls recorded as residual operations (or hints the recorder understands).
/// </summary>
public enum MethodTreatment
{
    /// <summary>Holds a merge point: the dispatch loop the JIT traces.</summary>
    Portal,

    /// <summary>Inlined into traces.</summary>
    LookInside,

    /// <summary>Has a loop but is [UnrollSafe]: inlined, its loop unrolled as it runs.</summary>
    LookInsideUnrolled,

    /// <summary>[LookInsideIf]: inlined when its predicate holds on constant arguments, else residual.</summary>
    LookInsideIf,

    /// <summary>[Elidable]: a residual call_pure (RPython's _reject_function: elidable functions are always opaque).</summary>
    ResidualPure,

    /// <summary>[DontLookInside]: a residual call with unknown effects.</summary>
    ResidualOpaque,

    /// <summary>Has a loop and is not [UnrollSafe]: a residual call (RPython's unsafe_loopy_graphs).</summary>
    ResidualLoop,

    /// <summary>Defined in another assembly (BCL, libraries): never looked inside.</summary>
    ResidualExternal,

    /// <summary>Abstract or interface method: the call dispatches to the twin of the override taken.</summary>
    Dispatch,

    /// <summary>No IL body in this assembly (extern, P/Invoke, runtime-implemented): a residual call.</summary>
    ResidualNoBody,

    /// <summary>A Meta.Jit hint (MergePoint, Promote, ...): rewritten by the translator, not called.</summary>
    Hint,
}
