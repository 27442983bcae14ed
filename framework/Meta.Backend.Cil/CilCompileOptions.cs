namespace Meta.Backend.Cil;

/// <summary>How the CIL backend compiles a trace.</summary>
public sealed class CilCompileOptions
{
    public static readonly CilCompileOptions Default = new();

    /// <summary>
    /// When set, the code counts loop-closing jumps and, before the jump that would exceed this
    /// many, exits with <see cref="CompiledTrace.IterationLimitId"/> and the jump's arguments (the
    /// same bound as <c>TraceRunOptions.MaxIterations</c> of the IR interpreter). Tests use it so
    /// that loops end; null (the default) emits no counter.
    /// </summary>
    public long? MaxIterations { get; init; }

    /// <summary>
    /// How _ovf operations detect overflow: false (the default) computes the wrapped result and
    /// tests the sign bits / the widened product; true uses CIL's add.ovf/sub.ovf/mul.ovf inside
    /// a try block and catches OverflowException. docs/backend-cil.md has the measurement.
    /// </summary>
    public bool CheckedOverflow { get; init; }

    /// <summary>
    /// No bridge will be attached through the table (<see cref="CompiledTrace.AttachBridge"/>):
    /// bridges are compiled into the tree (<see cref="CilBackend.CompileTree"/>), so a label is
    /// entered only by falling into it and by the tree's own jumps. What the preamble proved of a
    /// peeled loop's invariant references then holds in the loop, and the loop accesses them
    /// through typed locals. The JIT runtime compiles this way.
    /// </summary>
    public bool Sealed { get; init; }

    /// <summary>A name for the DynamicMethod, shown in stack traces and profilers.</summary>
    public string Name { get; init; } = "trace";
}
