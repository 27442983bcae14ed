using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// The CIL backend (DESIGN.md §6): a trace becomes one DynamicMethod, which RyuJIT compiles to
/// native code with its own register allocator. docs/backend-cil.md describes the code shape.
/// </summary>
public static class CilBackend
{
    /// <summary>Compiles a verified trace; throws <see cref="NotSupportedException"/> for descriptors without CLR members.</summary>
    public static CompiledTrace Compile(Trace trace, CilCompileOptions? options = null) =>
        new TraceEmitter(trace.Verified(), options ?? CilCompileOptions.Default, null).Compile();

    /// <summary>
    /// Compiles a bridge of <paramref name="root"/>'s loop: its inputs are the live values of the
    /// guard it will be attached to (<see cref="CompiledTrace.AttachBridge"/>), and its jumps may
    /// target the loop's labels.
    /// </summary>
    public static CompiledTrace CompileBridge(Trace bridge, CompiledTrace root, CilCompileOptions? options = null) =>
        new TraceEmitter(bridge.Verified(), options ?? CilCompileOptions.Default, root.Root).Compile();

    /// <summary>
    /// Compiles a loop and bridges (each keyed by the guard it leaves from, in the loop or in
    /// another of the bridges) into one method: a failing guard with a bridge branches straight
    /// into the bridge's code, and the bridge's jump to the loop's label is a plain branch.
    /// The alternative to <see cref="CompiledTrace.AttachBridge"/>; docs/backend-cil.md compares them.
    /// </summary>
    public static CompiledTrace CompileTree(Trace loop, IReadOnlyDictionary<Operation, Trace> bridges, CilCompileOptions? options = null) =>
        new TraceEmitter(loop.Verified(), options ?? CilCompileOptions.Default, null, bridges).Compile();
}
