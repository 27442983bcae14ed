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
}
