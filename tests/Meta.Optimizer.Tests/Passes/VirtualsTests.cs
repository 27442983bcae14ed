using Meta.Optimizer.Passes;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests.Passes;

public sealed class VirtualsTests
{
    private static readonly Func<OptimizationPass>[] Pass = [() => new Virtuals()];

    private const string Declarations = """
        class W_Int
        field W_Int.value: i64
        class Box
        field Box.content: ref
        field Box.count: i32
        field Box.ratio: f64
        field P.x: ref
        array Objects: ref
        array Ints: i32
        call Print(ref) -> void [can_raise, reads(*), writes(*)]
        call Hash(ref) -> i32 [elidable, reads(), writes()]
        """;

    private static void Optimizes(string before, string after) => TraceAssert.Optimizes(Pass, before, after, Declarations);

    [Fact]
    public void Removes_an_allocation_that_does_not_escape()
    {
        Optimizes("""
            [l0]
            r1 = new(descr=W_Int)
            setfield(r1, l0, descr=W_Int.value)
            l2 = getfield(r1, descr=W_Int.value)
            l3 = long_add(l2, 1L)
            r4 = new(descr=W_Int)
            setfield(r4, l3, descr=W_Int.value)
            l5 = getfield(r4, descr=W_Int.value)
            finish(l5)
            """, """
            [l0]
            l3 = long_add(l0, 1L)
            finish(l3)
            """);
    }

    [Fact]
    public void Fields_never_written_read_as_their_default()
    {
        Optimizes("""
            []
            r1 = new(descr=Box)
            i2 = getfield(r1, descr=Box.count)
            r3 = getfield(r1, descr=Box.content)
            f4 = getfield(r1, descr=Box.ratio)
            finish(i2, r3, f4)
            """, """
            []
            finish(0, null, 0.0)
            """);
    }

    [Fact]
    public void A_virtual_passed_to_a_call_is_forced_there_and_is_ordinary_afterwards()
    {
        Optimizes("""
            [l0]
            r1 = new(descr=W_Int)
            setfield(r1, l0, descr=W_Int.value)
            l2 = getfield(r1, descr=W_Int.value)
            call(r1, descr=Print)
            guard_no_exception() [M@1 locals(r1)]
            l3 = getfield(r1, descr=W_Int.value)
            finish(l2, l3)
            """, """
            [l0]
            r1 = new(descr=W_Int)
            setfield(r1, l0, descr=W_Int.value)
            call(r1, descr=Print)
            guard_no_exception() [M@1 locals(r1)]
            l3 = getfield(r1, descr=W_Int.value)
            finish(l0, l3)
            """);
    }

    [Fact]
    public void Nested_virtuals_are_read_through()
    {
        Optimizes("""
            [l0]
            r1 = new(descr=W_Int)
            setfield(r1, l0, descr=W_Int.value)
            r2 = new(descr=Box)
            setfield(r2, r1, descr=Box.content)
            r3 = getfield(r2, descr=Box.content)
            l4 = getfield(r3, descr=W_Int.value)
            finish(l4)
            """, """
            [l0]
            finish(l0)
            """);
    }

    [Fact]
    public void Forcing_a_virtual_forces_the_virtuals_it_holds_and_skips_default_fields()
    {
        Optimizes("""
            [l0]
            r1 = new(descr=Box)
            r2 = new(descr=W_Int)
            setfield(r2, l0, descr=W_Int.value)
            setfield(r1, r2, descr=Box.content)
            setfield(r1, 0, descr=Box.count)
            setfield(r1, -0.0, descr=Box.ratio)
            finish(r1)
            """, """
            [l0]
            r1 = new(descr=Box)
            r2 = new(descr=W_Int)
            setfield(r2, l0, descr=W_Int.value)
            setfield(r1, r2, descr=Box.content)
            setfield(r1, -0.0, descr=Box.ratio)
            finish(r1)
            """);
    }

    [Fact]
    public void Forcing_handles_cycles()
    {
        Optimizes("""
            []
            r1 = new(descr=Box)
            r2 = new(descr=Box)
            setfield(r1, r2, descr=Box.content)
            setfield(r2, r1, descr=Box.content)
            finish(r1)
            """, """
            []
            r1 = new(descr=Box)
            r2 = new(descr=Box)
            setfield(r2, r1, descr=Box.content)
            setfield(r1, r2, descr=Box.content)
            finish(r1)
            """);
    }

    [Fact]
    public void Removes_a_small_array_read_and_written_at_constant_indexes()
    {
        Optimizes("""
            [i0]
            r1 = new_array(3, descr=Ints)
            setarrayitem(r1, 0, i0, descr=Ints)
            i2 = getarrayitem(r1, 0, descr=Ints)
            i3 = getarrayitem(r1, 2, descr=Ints)
            i4 = arraylen(r1)
            finish(i2, i3, i4)
            """, """
            [i0]
            finish(i0, 0, 3)
            """);
    }

    [Fact]
    public void An_array_indexed_by_a_variable_escapes()
    {
        Optimizes("""
            [i0, i1]
            r2 = new_array(2, descr=Ints)
            setarrayitem(r2, 1, i0, descr=Ints)
            i3 = getarrayitem(r2, i1, descr=Ints)
            finish(i3)
            """, """
            [i0, i1]
            r2 = new_array(2, descr=Ints)
            setarrayitem(r2, 1, i0, descr=Ints)
            i3 = getarrayitem(r2, i1, descr=Ints)
            finish(i3)
            """);
    }

    [Fact]
    public void Arrays_of_unknown_or_large_length_stay_allocations()
    {
        const string trace = """
            [i0]
            r1 = new_array(i0, descr=Ints)
            setarrayitem(r1, 0, 5, descr=Ints)
            i2 = getarrayitem(r1, 0, descr=Ints)
            r3 = new_array(17, descr=Ints)
            i4 = arraylen(r3)
            finish(i2, i4)
            """;
        Optimizes(trace, trace);
    }

    [Fact]
    public void A_guard_describes_the_virtuals_it_refers_to()
    {
        Optimizes("""
            [l0, i1]
            r2 = new(descr=W_Int)
            setfield(r2, l0, descr=W_Int.value)
            guard_true(i1) [M@1 locals(r2) stack(r2)]
            l3 = getfield(r2, descr=W_Int.value)
            finish(l3)
            """, """
            [l0, i1]
            guard_true(i1) [M@1 locals(v0) stack(v0)] {v0 = W_Int(W_Int.value=l0)}
            finish(l0)
            """);
    }

    [Fact]
    public void A_guard_describes_nested_virtuals_arrays_and_cycles_with_their_current_fields()
    {
        Optimizes("""
            [l0, i1, l2]
            r3 = new(descr=W_Int)
            setfield(r3, l0, descr=W_Int.value)
            r4 = new(descr=Box)
            setfield(r4, r3, descr=Box.content)
            r5 = new_array(2, descr=Objects)
            setarrayitem(r5, 0, r4, descr=Objects)
            r6 = new(descr=Box)
            setfield(r6, r6, descr=Box.content)
            guard_true(i1) [M@1 locals(r5, r6)]
            setfield(r3, l2, descr=W_Int.value)
            guard_true(i1) [M@2 locals(r5)]
            finish()
            """, """
            [l0, i1, l2]
            guard_true(i1) [M@1 locals(v0, v3)] {v0 = Objects[v1, -], v1 = Box(Box.content=v2), v2 = W_Int(W_Int.value=l0), v3 = Box(Box.content=v3)}
            guard_true(i1) [M@2 locals(v0)] {v0 = Objects[v1, -], v1 = Box(Box.content=v2), v2 = W_Int(W_Int.value=l2)}
            finish()
            """);
    }

    [Fact]
    public void Class_nullness_and_identity_of_virtuals_are_known()
    {
        Optimizes("""
            [r0]
            r1 = new(descr=W_Int)
            r2 = new(descr=W_Int)
            guard_nonnull(r1) [M@1]
            guard_class(r1, descr=W_Int) [M@2]
            i3 = ptr_eq(r1, r0)
            i4 = ptr_eq(r1, r1)
            i5 = ptr_ne(r1, r2)
            i6 = ptr_eq(null, r2)
            finish(i3, i4, i5, i6)
            """, """
            [r0]
            finish(0, 1, 1, 0)
            """);
    }

    [Fact]
    public void A_guard_that_fails_on_a_virtual_forces_it_and_stays()
    {
        Optimizes("""
            []
            r1 = new(descr=W_Int)
            guard_class(r1, descr=Box) [M@1]
            finish()
            """, """
            []
            r1 = new(descr=W_Int)
            guard_class(r1, descr=Box) [M@1]
            finish()
            """);
    }

    [Fact]
    public void A_virtual_stored_into_a_real_object_escapes()
    {
        Optimizes("""
            [r0, l1]
            r2 = new(descr=W_Int)
            setfield(r2, l1, descr=W_Int.value)
            setfield(r0, r2, descr=P.x)
            i3 = call_pure(r2, descr=Hash)
            finish(i3)
            """, """
            [r0, l1]
            r2 = new(descr=W_Int)
            setfield(r2, l1, descr=W_Int.value)
            setfield(r0, r2, descr=P.x)
            i3 = call_pure(r2, descr=Hash)
            finish(i3)
            """);
    }

    [Fact]
    public void Virtuals_are_forced_at_the_jump_of_a_loop()
    {
        Optimizes("""
            [r0]
            l1 = getfield(r0, descr=W_Int.value)
            l2 = long_add(l1, 1L)
            r3 = new(descr=W_Int)
            setfield(r3, l2, descr=W_Int.value)
            jump(r3)
            """, """
            [r0]
            l1 = getfield(r0, descr=W_Int.value)
            l2 = long_add(l1, 1L)
            r3 = new(descr=W_Int)
            setfield(r3, l2, descr=W_Int.value)
            jump(r3)
            """);
    }

    [Fact]
    public void A_virtual_value_of_a_pending_write_is_described()
    {
        Optimizes("""
            [r0, l1, i2]
            r3 = new(descr=W_Int)
            setfield(r3, l1, descr=W_Int.value)
            guard_true(i2) [M@1 locals(r0)] writes[setfield(r0, r3, descr=P.x)]
            finish()
            """, """
            [r0, l1, i2]
            guard_true(i2) [M@1 locals(r0)] writes[setfield(r0, v0, descr=P.x)] {v0 = W_Int(W_Int.value=l1)}
            finish()
            """);
    }

    [Fact]
    public void A_label_forces_the_virtuals_it_carries_and_forgets_the_others()
    {
        Optimizes("""
            [l0]
            r1 = new(descr=W_Int)
            setfield(r1, l0, descr=W_Int.value)
            r2 = same_as(r1)
            r3 = new(descr=Box)
            setfield(r3, r2, descr=Box.content)
            label(r3, descr=Body)
            r4 = getfield(r3, descr=Box.content)
            jump(r3, descr=Body)
            """, """
            [l0]
            r3 = new(descr=Box)
            r1 = new(descr=W_Int)
            setfield(r1, l0, descr=W_Int.value)
            setfield(r3, r1, descr=Box.content)
            label(r3, descr=Body)
            r4 = getfield(r3, descr=Box.content)
            jump(r3, descr=Body)
            """);
    }

    [Fact]
    public void Virtuals_tell_later_passes_their_class_and_that_they_are_not_null()
    {
        var trace = TraceParser.Parse(Declarations + "\n[]\nr1 = new(descr=W_Int)\nr2 = new_array(2, descr=Ints)\nfinish()");
        var optimizer = new Optimizer([new Virtuals()]);
        optimizer.Run(trace);
        var box = optimizer.Info(trace.Operations[0]);
        var array = optimizer.Info(trace.Operations[1]);
        Assert.Equal("W_Int", box.KnownClass?.Name);
        Assert.True(box.IsNonNull);
        Assert.Null(array.KnownClass);
        Assert.True(array.IsNonNull);
        Assert.Equal(Opcode.Finish, Assert.Single(optimizer.Output).Opcode);
    }
}
