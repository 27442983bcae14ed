using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

public class CollectabilityTests
{
    [Fact]
    public void Compiled_code_is_collected_when_the_compiled_trace_is_dropped()
    {
        var code = CompileAndDrop();
        for (var i = 0; i < 5 && code.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(code.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndDrop()
    {
        var compiled = CilBackend.Compile(TestWorld.Parse("[i0]\ni1 = int_add(i0, 1)\nfinish(i1)"));
        Assert.Equal([Int(2)], compiled.Execute([Int(1)]).Values);
        return new WeakReference(compiled.Code);
    }
}
