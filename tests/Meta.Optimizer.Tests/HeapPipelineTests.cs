namespace Meta.Optimizer.Tests;

public sealed class HeapPipelineTests
{
    private const string Declarations = """
        field Frame.pc: i32 virtualizable
        field Frame.locals: ref immutable virtualizable
        array Frame.values: ref virtualizable
        class W_Int
        field W_Int.value: i64 immutable
        """;

    /// <summary>
    /// One iteration of an interpreter's loop <c>while x &lt; 1000: x = x + 1</c>, as a tracer records
    /// it: each bytecode reads and writes the frame's pc and its locals, the add unboxes x and
    /// boxes the result. Optimized, the frame lives in registers (written back at the guards'
    /// exits and at the jump), the box is read through and its class guard goes, and the one
    /// allocation left is the box the frame holds at the jump (loop peeling will remove it).
    /// </summary>
    [Fact]
    public void The_default_pipeline_keeps_the_frame_in_registers_and_removes_the_boxes()
    {
        TraceAssert.Optimizes(Pipeline.Default, """
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            r2 = getfield(r0, descr=Frame.locals)
            r3 = getarrayitem(r2, 0, descr=Frame.values)
            guard_class(r3, descr=W_Int) [Interp.Run@1 locals(r0)]
            i4 = int_add(i1, 1)
            setfield(r0, i4, descr=Frame.pc)
            i5 = getfield(r0, descr=Frame.pc)
            r6 = getfield(r0, descr=Frame.locals)
            r7 = getarrayitem(r6, 0, descr=Frame.values)
            l8 = getfield(r7, descr=W_Int.value)
            l9 = long_add_ovf(l8, 1L)
            guard_no_overflow() [Interp.Run@2 locals(r0)]
            r10 = new(descr=W_Int)
            setfield(r10, l9, descr=W_Int.value)
            r11 = getfield(r0, descr=Frame.locals)
            setarrayitem(r11, 0, r10, descr=Frame.values)
            i12 = int_add(i5, 1)
            setfield(r0, i12, descr=Frame.pc)
            r13 = getfield(r0, descr=Frame.locals)
            r14 = getarrayitem(r13, 0, descr=Frame.values)
            guard_class(r14, descr=W_Int) [Interp.Run@3 locals(r0)]
            l15 = getfield(r14, descr=W_Int.value)
            i16 = long_lt(l15, 1000L)
            guard_true(i16) [Interp.Run@3 locals(r0)]
            setfield(r0, 0, descr=Frame.pc)
            jump(r0)
            """, """
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            r2 = getfield(r0, descr=Frame.locals)
            r3 = getarrayitem(r2, 0, descr=Frame.values)
            guard_class(r3, descr=W_Int) [Interp.Run@1 locals(r0)]
            i4 = int_add(i1, 1)
            l5 = getfield(r3, descr=W_Int.value)
            l6 = long_add_ovf(l5, 1L)
            guard_no_overflow() [Interp.Run@2 locals(r0)] writes[setfield(r0, i4, descr=Frame.pc)]
            i7 = int_add(i4, 1)
            i8 = long_lt(l6, 1000L)
            guard_true(i8) [Interp.Run@3 locals(r0)] writes[setfield(r0, i7, descr=Frame.pc), setarrayitem(r2, 0, v0, descr=Frame.values)] {v0 = W_Int(W_Int.value=l6)}
            r9 = new(descr=W_Int)
            setfield(r0, 0, descr=Frame.pc)
            setfield(r9, l6, descr=W_Int.value)
            setarrayitem(r2, 0, r9, descr=Frame.values)
            jump(r0)
            """, Declarations);
    }
}
