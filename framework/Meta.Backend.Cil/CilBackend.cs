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
        new TraceEmitter(trace.Verified(), options ?? CilCompileOptions.Default).Compile();
}
