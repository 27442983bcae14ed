namespace Meta.Tracing.IR;

/// <summary>What an operation does besides computing its result; the optimizer and backends read these.</summary>
[Flags]
public enum OpFlags
{
    None = 0,
    /// <summary>No effect, result determined by the operands: may be folded, CSE'd, removed when unused.</summary>
    Pure = 1 << 0,
    /// <summary>Exits the trace when its condition does not hold; carries resume data.</summary>
    Guard = 1 << 1,
    /// <summary>Writes memory or has an effect outside the trace; never removed or reordered.</summary>
    SideEffect = 1 << 2,
    /// <summary>May throw; a guard_no_exception or guard_exception follows it in a recorded trace.</summary>
    CanRaise = 1 << 3,
    /// <summary>Reads mutable memory: not pure, but removable when unused.</summary>
    ReadsHeap = 1 << 4,
    /// <summary>Allocates a new object or array.</summary>
    Allocates = 1 << 5,
    /// <summary>An _ovf variant: the next operation is guard_no_overflow or guard_overflow.</summary>
    Overflow = 1 << 6,
    /// <summary>Ends the trace (jump, finish).</summary>
    Final = 1 << 7,
}

/// <summary>Which descriptor an operation takes after descr=.</summary>
public enum DescrUse
{
    None,
    Field,
    StaticField,
    Array,
    Call,
    Class,
    /// <summary>A loop target defined by a label.</summary>
    Target,
    /// <summary>A loop target, optional: jump without one goes back to the start of the trace.</summary>
    OptionalTarget,
}
