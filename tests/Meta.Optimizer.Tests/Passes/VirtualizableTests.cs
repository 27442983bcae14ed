using Meta.Optimizer.Passes;

namespace Meta.Optimizer.Tests.Passes;

public sealed class VirtualizableTests
{
    private static readonly Func<OptimizationPass>[] Pass = [() => new Virtualizable()];

    private const string Declarations = """
        class Frame
        field Frame.pc: i32 virtualizable
        field Frame.depth: i32 virtualizable
        field Frame.locals: ref immutable virtualizable
        field Frame.stack: ref immutable virtualizable
        array Frame.values: ref virtualizable
        field Other.x: i32
        field Holder.frame: ref
        class W_Int
        field W_Int.value: i64
        call Helper(ref) -> i32 [reads(*), writes(*)]
        call Escape(ref) -> void [can_raise, forces, reads(*), writes(*)]
        call Peek(ref) -> void [reads(), writes()]
        """;

    private static void Optimizes(string before, string after) => TraceAssert.Optimizes(Pass, before, after, Declarations);

    [Fact]
    public void Keeps_frame_fields_in_registers_and_writes_them_back_once()
    {
        Optimizes("""
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = int_add(i1, 1)
            setfield(r0, i2, descr=Frame.pc)
            i3 = getfield(r0, descr=Frame.pc)
            i4 = int_add(i3, 1)
            setfield(r0, i4, descr=Frame.pc)
            i5 = getfield(r0, descr=Frame.pc)
            finish(i5)
            """, """
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = int_add(i1, 1)
            i4 = int_add(i2, 1)
            setfield(r0, i4, descr=Frame.pc)
            finish(i4)
            """);
    }

    [Fact]
    public void Keeps_items_of_frame_arrays_in_registers()
    {
        Optimizes("""
            [r0, r1]
            r2 = getfield(r0, descr=Frame.locals)
            r3 = getarrayitem(r2, 0, descr=Frame.values)
            setarrayitem(r2, 1, r3, descr=Frame.values)
            r4 = getfield(r0, descr=Frame.locals)
            r5 = getarrayitem(r4, 1, descr=Frame.values)
            setarrayitem(r4, 0, r1, descr=Frame.values)
            r6 = getarrayitem(r4, 0, descr=Frame.values)
            finish(r5, r6)
            """, """
            [r0, r1]
            r2 = getfield(r0, descr=Frame.locals)
            r3 = getarrayitem(r2, 0, descr=Frame.values)
            setarrayitem(r2, 1, r3, descr=Frame.values)
            setarrayitem(r2, 0, r1, descr=Frame.values)
            finish(r3, r1)
            """);
    }

    [Fact]
    public void Arrays_of_two_frame_fields_do_not_alias()
    {
        // A write to the stack at index 1 leaves the register of locals[1] as it was (and stays
        // delayed to the finish); a write to locals at an unknown index may still be locals[1].
        Optimizes("""
            [r0, r1, i2]
            r3 = getfield(r0, descr=Frame.locals)
            r4 = getfield(r0, descr=Frame.stack)
            r5 = getarrayitem(r3, 1, descr=Frame.values)
            setarrayitem(r4, 1, r1, descr=Frame.values)
            r6 = getarrayitem(r3, 1, descr=Frame.values)
            setarrayitem(r3, i2, r1, descr=Frame.values)
            r7 = getarrayitem(r3, 1, descr=Frame.values)
            finish(r5, r6, r7)
            """, """
            [r0, r1, i2]
            r3 = getfield(r0, descr=Frame.locals)
            r4 = getfield(r0, descr=Frame.stack)
            r5 = getarrayitem(r3, 1, descr=Frame.values)
            setarrayitem(r3, i2, r1, descr=Frame.values)
            r7 = getarrayitem(r3, 1, descr=Frame.values)
            setarrayitem(r4, 1, r1, descr=Frame.values)
            finish(r5, r5, r7)
            """);
    }

    [Fact]
    public void Calls_that_do_not_force_the_frame_do_not_disturb_it()
    {
        Optimizes("""
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            setfield(r0, 7, descr=Frame.depth)
            i2 = call(r0, descr=Helper)
            i3 = getfield(r0, descr=Frame.pc)
            i4 = getfield(r0, descr=Frame.depth)
            finish(i1, i2, i3, i4)
            """, """
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = call(r0, descr=Helper)
            setfield(r0, 7, descr=Frame.depth)
            finish(i1, i2, i1, 7)
            """);
    }

    [Fact]
    public void A_call_that_forces_the_frame_gets_it_written_back_and_the_frame_is_read_again()
    {
        Optimizes("""
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = getfield(r0, descr=Frame.depth)
            setfield(r0, 3, descr=Frame.pc)
            call(r0, descr=Escape)
            guard_no_exception() [M@1 locals(r0)]
            i3 = getfield(r0, descr=Frame.pc)
            i4 = getfield(r0, descr=Frame.depth)
            finish(i1, i2, i3, i4)
            """, """
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = getfield(r0, descr=Frame.depth)
            setfield(r0, 3, descr=Frame.pc)
            call(r0, descr=Escape)
            guard_no_exception() [M@1 locals(r0)]
            i3 = getfield(r0, descr=Frame.pc)
            i4 = getfield(r0, descr=Frame.depth)
            finish(i1, i2, i3, i4)
            """);
    }

    [Fact]
    public void Call_may_force_forces_the_frame_whatever_its_effect_sets_say()
    {
        Optimizes("""
            [r0, r1]
            r2 = getfield(r0, descr=Frame.locals)
            setarrayitem(r2, 0, r1, descr=Frame.values)
            call_may_force(r0, descr=Peek)
            r3 = getarrayitem(r2, 0, descr=Frame.values)
            finish(r3)
            """, """
            [r0, r1]
            r2 = getfield(r0, descr=Frame.locals)
            setarrayitem(r2, 0, r1, descr=Frame.values)
            call_may_force(r0, descr=Peek)
            r3 = getarrayitem(r2, 0, descr=Frame.values)
            finish(r3)
            """);
    }

    [Fact]
    public void Guards_carry_the_fields_not_yet_written_back_as_pending_writes()
    {
        Optimizes("""
            [r0, i1, r2]
            setfield(r0, i1, descr=Frame.pc)
            r3 = getfield(r0, descr=Frame.locals)
            setarrayitem(r3, 2, r2, descr=Frame.values)
            guard_true(i1) [M@1 locals(r0)]
            setfield(r0, 5, descr=Frame.pc)
            guard_true(i1) [M@2 locals(r0)]
            finish()
            """, """
            [r0, i1, r2]
            r3 = getfield(r0, descr=Frame.locals)
            guard_true(i1) [M@1 locals(r0)] writes[setfield(r0, i1, descr=Frame.pc), setarrayitem(r3, 2, r2, descr=Frame.values)]
            guard_true(i1) [M@2 locals(r0)] writes[setfield(r0, 5, descr=Frame.pc), setarrayitem(r3, 2, r2, descr=Frame.values)]
            setfield(r0, 5, descr=Frame.pc)
            setarrayitem(r3, 2, r2, descr=Frame.values)
            finish()
            """);
    }

    [Fact]
    public void The_jump_of_a_loop_writes_the_frame_back()
    {
        Optimizes("""
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = int_add(i1, 2)
            setfield(r0, i2, descr=Frame.pc)
            i3 = getfield(r0, descr=Frame.pc)
            i4 = int_lt(i3, 100)
            guard_true(i4) [M@1 locals(r0)]
            setfield(r0, 0, descr=Frame.pc)
            jump(r0)
            """, """
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = int_add(i1, 2)
            i4 = int_lt(i2, 100)
            guard_true(i4) [M@1 locals(r0)] writes[setfield(r0, i2, descr=Frame.pc)]
            setfield(r0, 0, descr=Frame.pc)
            jump(r0)
            """);
    }

    [Fact]
    public void Fields_that_are_not_virtualizable_are_left_alone()
    {
        const string trace = """
            [r0, i1]
            i2 = getfield(r0, descr=Other.x)
            setfield(r0, i1, descr=Other.x)
            i3 = getfield(r0, descr=Other.x)
            i4 = getfield(r0, descr=Frame.pc)
            finish(i2, i3, i4)
            """;
        Optimizes(trace, trace);
    }

    [Fact]
    public void Another_reference_that_may_be_the_same_frame_sees_the_written_back_value()
    {
        Optimizes("""
            [r0, r1]
            i2 = getfield(r0, descr=Frame.pc)
            setfield(r0, 4, descr=Frame.pc)
            i3 = getfield(r1, descr=Frame.pc)
            i4 = getfield(r0, descr=Frame.pc)
            finish(i2, i3, i4)
            """, """
            [r0, r1]
            i2 = getfield(r0, descr=Frame.pc)
            setfield(r0, 4, descr=Frame.pc)
            i3 = getfield(r1, descr=Frame.pc)
            finish(i2, i3, 4)
            """);
    }

    [Fact]
    public void A_frame_array_read_at_a_variable_index_sees_the_items_written_before()
    {
        Optimizes("""
            [r0, r1, i2]
            r3 = getfield(r0, descr=Frame.locals)
            setarrayitem(r3, 0, r1, descr=Frame.values)
            r4 = getarrayitem(r3, i2, descr=Frame.values)
            r5 = getarrayitem(r3, i2, descr=Frame.values)
            finish(r4, r5)
            """, """
            [r0, r1, i2]
            r3 = getfield(r0, descr=Frame.locals)
            setarrayitem(r3, 0, r1, descr=Frame.values)
            r4 = getarrayitem(r3, i2, descr=Frame.values)
            finish(r4, r4)
            """);
    }

    [Fact]
    public void A_frame_allocated_in_the_trace_is_left_to_the_other_passes()
    {
        const string trace = """
            [i0]
            r1 = new(descr=Frame)
            setfield(r1, i0, descr=Frame.pc)
            i2 = getfield(r1, descr=Frame.pc)
            finish(i2)
            """;
        Optimizes(trace, trace);
    }

    [Fact]
    public void A_frame_loaded_after_an_allocated_frame_was_written_may_be_that_frame()
    {
        const string trace = """
            [r0, r1, i2]
            r3 = new(descr=Frame)
            setfield(r1, r3, descr=Holder.frame)
            r4 = getfield(r1, descr=Holder.frame)
            setfield(r4, 5, descr=Frame.pc)
            setfield(r3, i2, descr=Frame.pc)
            i5 = getfield(r4, descr=Frame.pc)
            i6 = getfield(r0, descr=Frame.pc)
            finish(i5, i6)
            """;
        Optimizes(trace, trace);
    }

    [Fact]
    public void A_label_writes_back_and_the_loop_body_reads_again()
    {
        Optimizes("""
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            setfield(r0, 9, descr=Frame.pc)
            label(r0, descr=Body)
            i2 = getfield(r0, descr=Frame.pc)
            i3 = getfield(r0, descr=Frame.pc)
            jump(r0, descr=Body)
            """, """
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            setfield(r0, 9, descr=Frame.pc)
            label(r0, descr=Body)
            i2 = getfield(r0, descr=Frame.pc)
            jump(r0, descr=Body)
            """);
    }

    [Fact]
    public void A_boxed_value_stored_in_the_frame_stays_virtual_until_the_frame_is_written_back()
    {
        TraceAssert.Optimizes([() => new Virtualizable(), () => new Virtuals()], """
            [r0, l1, i2]
            r3 = getfield(r0, descr=Frame.locals)
            r4 = new(descr=W_Int)
            setfield(r4, l1, descr=W_Int.value)
            setarrayitem(r3, 0, r4, descr=Frame.values)
            guard_true(i2) [M@1 locals(r0)]
            r5 = getarrayitem(r3, 0, descr=Frame.values)
            l6 = getfield(r5, descr=W_Int.value)
            finish(l6)
            """, """
            [r0, l1, i2]
            r3 = getfield(r0, descr=Frame.locals)
            guard_true(i2) [M@1 locals(r0)] writes[setarrayitem(r3, 0, v0, descr=Frame.values)] {v0 = W_Int(W_Int.value=l1)}
            r4 = new(descr=W_Int)
            setfield(r4, l1, descr=W_Int.value)
            setarrayitem(r3, 0, r4, descr=Frame.values)
            finish(l1)
            """, Declarations);
    }

    [Fact]
    public void With_the_heap_cache_writes_back_stay_before_a_forcing_call_and_pending_writes_keep_program_order()
    {
        TraceAssert.Optimizes([() => new Virtualizable(), () => new HeapCache()], """
            [r0, r1, i2]
            setfield(r0, 1, descr=Frame.pc)
            setfield(r1, 2, descr=Frame.pc)
            guard_true(i2) [M@1]
            call(r0, descr=Escape)
            guard_no_exception() [M@2]
            finish()
            """, """
            [r0, r1, i2]
            guard_true(i2) [M@1] writes[setfield(r0, 1, descr=Frame.pc), setfield(r1, 2, descr=Frame.pc)]
            setfield(r0, 1, descr=Frame.pc)
            setfield(r1, 2, descr=Frame.pc)
            call(r0, descr=Escape)
            guard_no_exception() [M@2]
            finish()
            """, Declarations);
    }
}
