namespace Meta.Optimizer.Tests;

public sealed class PipelineTests
{
    [Fact]
    public void The_default_pipeline_on_a_counting_loop_over_an_array()
    {
        // for (i = 0; i < items.Length; i++) sum += items[i]; as the tracer records it: a null
        // check and a class check on the list, the loop test, the bounds check of the array
        // access, two overflow checks, and the class check again from a second method call.
        TraceAssert.Optimizes(Pipeline.Default, """
            [r0, i1, i2]
            guard_nonnull(r0) [Loop.Run@0 locals(r0, i1, i2)]
            guard_class(r0, descr=W_List) [Loop.Run@2 locals(r0, i1, i2)]
            r3 = getfield(r0, descr=W_List.items)
            i4 = arraylen(r3)
            i5 = int_ge(i1, 0)
            guard_true(i5) [Loop.Run@4 locals(r0, i1, i2)]
            i6 = int_lt(i1, i4)
            guard_true(i6) [Loop.Run@6 locals(r0, i1, i2)]
            i7 = uint_lt(i1, i4)
            guard_true(i7) [Loop.Run@8 locals(r0, i1, i2)]
            i8 = getarrayitem(r3, i1, descr=Ints)
            i9 = int_add_ovf(i2, i8)
            guard_no_overflow() [Loop.Run@10 locals(r0, i1, i2) stack(i8)]
            i10 = int_add_ovf(i1, 1)
            guard_no_overflow() [Loop.Run@12 locals(r0, i1, i9)]
            guard_class(r0, descr=W_List) [Loop.Run@14 locals(r0, i10, i9)]
            i11 = int_lt(i1, i4)
            guard_true(i11) [Loop.Run@16 locals(r0, i10, i9)]
            jump(r0, i10, i9)
            """, """
            [r0, i1, i2]
            guard_class(r0, descr=W_List) [Loop.Run@0 locals(r0, i1, i2)]
            r3 = getfield(r0, descr=W_List.items)
            i4 = arraylen(r3)
            i5 = int_ge(i1, 0)
            guard_true(i5) [Loop.Run@4 locals(r0, i1, i2)]
            i6 = int_lt(i1, i4)
            guard_true(i6) [Loop.Run@6 locals(r0, i1, i2)]
            i8 = getarrayitem(r3, i1, descr=Ints)
            i9 = int_add_ovf(i2, i8)
            guard_no_overflow() [Loop.Run@10 locals(r0, i1, i2) stack(i8)]
            i10 = int_add(i1, 1)
            jump(r0, i10, i9)
            """, """
            class W_List
            field W_List.items: ref
            array Ints: i32
            """);
    }

    [Fact]
    public void The_default_pipeline_folds_what_a_guard_value_makes_constant()
    {
        TraceAssert.Optimizes(Pipeline.Default, """
            [i0, i1]
            guard_value(i0, 10) [Loop.Run@0 locals(i0, i1)]
            i2 = int_lt(i1, i0)
            guard_true(i2) [Loop.Run@2 locals(i0, i1)]
            i3 = int_mul_ovf(i1, i0)
            guard_no_overflow() [Loop.Run@4 locals(i0, i1)]
            i4 = int_lt(i1, 10)
            guard_true(i4) [Loop.Run@6 locals(i0, i3)]
            finish(i3)
            """, """
            [i0, i1]
            guard_value(i0, 10) [Loop.Run@0 locals(i0, i1)]
            i2 = int_lt(i1, 10)
            guard_true(i2) [Loop.Run@2 locals(10, i1)]
            i3 = int_mul_ovf(i1, 10)
            guard_no_overflow() [Loop.Run@4 locals(10, i1)]
            finish(i3)
            """);
    }
}
