using Meta.Optimizer.Passes;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests.Passes;

public sealed class HeapCacheTests
{
    private static readonly Func<OptimizationPass>[] Pass = [() => new HeapCache()];

    private const string Declarations = """
        class P
        field P.x: i32
        field P.y: i32
        field C.const: i32 immutable
        field C.version: i32 quasi_immutable
        field G.count: i32 static
        array Ints: i32
        array Consts: i32 immutable
        call Unknown() -> void [can_raise, reads(*), writes(*)]
        call ReadsX(ref) -> i32 [reads(P.x), writes()]
        call WritesY(ref) -> void [reads(), writes(P.y)]
        call Lookup(ref) -> ref [reads(*), writes()]
        call SizeOf(ref) -> i32 [elidable, reads(P.x), writes()]
        """;

    private static void Optimizes(string before, string after) => TraceAssert.Optimizes(Pass, before, after, Declarations);

    [Fact]
    public void Removes_a_repeated_load()
    {
        Optimizes("""
            [r0]
            i1 = getfield(r0, descr=P.x)
            i2 = getfield(r0, descr=P.x)
            i3 = int_add(i1, i2)
            finish(i3)
            """, """
            [r0]
            i1 = getfield(r0, descr=P.x)
            i3 = int_add(i1, i1)
            finish(i3)
            """);
    }

    [Fact]
    public void Forwards_a_written_value_and_writes_it_once_at_the_end()
    {
        Optimizes("""
            [r0, i1, i2]
            setfield(r0, i1, descr=P.x)
            i3 = getfield(r0, descr=P.x)
            setfield(r0, i2, descr=P.x)
            i4 = getfield(r0, descr=P.x)
            finish(i3, i4)
            """, """
            [r0, i1, i2]
            setfield(r0, i2, descr=P.x)
            finish(i1, i2)
            """);
    }

    [Fact]
    public void Guards_list_delayed_writes_as_pending_writes()
    {
        Optimizes("""
            [r0, i1, i2]
            setfield(r0, i1, descr=P.x)
            guard_true(i1) [M@1 locals(r0)]
            setfield(r0, i2, descr=P.x)
            setarrayitem(r0, 3, i1, descr=Ints)
            guard_true(i2) [M@2 locals(r0)]
            finish()
            """, """
            [r0, i1, i2]
            guard_true(i1) [M@1 locals(r0)] writes[setfield(r0, i1, descr=P.x)]
            guard_true(i2) [M@2 locals(r0)] writes[setfield(r0, i2, descr=P.x), setarrayitem(r0, 3, i1, descr=Ints)]
            setfield(r0, i2, descr=P.x)
            setarrayitem(r0, 3, i1, descr=Ints)
            finish()
            """);
    }

    [Fact]
    public void A_call_forces_the_writes_it_reads_and_forgets_only_what_it_writes()
    {
        Optimizes("""
            [r0, i1, i2]
            setfield(r0, i1, descr=P.x)
            setfield(r0, i2, descr=P.y)
            i3 = call(r0, descr=ReadsX)
            i4 = getfield(r0, descr=P.x)
            call(r0, descr=WritesY)
            i5 = getfield(r0, descr=P.y)
            i6 = getfield(r0, descr=P.x)
            finish(i3, i4, i5, i6)
            """, """
            [r0, i1, i2]
            setfield(r0, i1, descr=P.x)
            i3 = call(r0, descr=ReadsX)
            setfield(r0, i2, descr=P.y)
            call(r0, descr=WritesY)
            i5 = getfield(r0, descr=P.y)
            finish(i3, i1, i5, i1)
            """);
    }

    [Fact]
    public void An_elidable_call_that_reads_a_field_sees_its_delayed_write()
    {
        Optimizes("""
            [r0, i1]
            setfield(r0, i1, descr=P.x)
            setfield(r0, i1, descr=P.y)
            i2 = call_pure(r0, descr=SizeOf)
            i3 = getfield(r0, descr=P.x)
            finish(i2, i3)
            """, """
            [r0, i1]
            setfield(r0, i1, descr=P.x)
            i2 = call_pure(r0, descr=SizeOf)
            setfield(r0, i1, descr=P.y)
            finish(i2, i1)
            """);
    }

    [Fact]
    public void A_call_that_writes_everything_forgets_all_but_immutable_fields_and_arrays()
    {
        Optimizes("""
            [r0, r1]
            i2 = getfield(r0, descr=P.x)
            i3 = getfield(r0, descr=C.const)
            i4 = getarrayitem(r1, 0, descr=Ints)
            i5 = getarrayitem(r1, 0, descr=Consts)
            call(descr=Unknown)
            guard_no_exception() [M@1]
            i6 = getfield(r0, descr=P.x)
            i7 = getfield(r0, descr=C.const)
            i8 = getarrayitem(r1, 0, descr=Ints)
            i9 = getarrayitem(r1, 0, descr=Consts)
            finish(i2, i3, i4, i5, i6, i7, i8, i9)
            """, """
            [r0, r1]
            i2 = getfield(r0, descr=P.x)
            i3 = getfield(r0, descr=C.const)
            i4 = getarrayitem(r1, 0, descr=Ints)
            i5 = getarrayitem(r1, 0, descr=Consts)
            call(descr=Unknown)
            guard_no_exception() [M@1]
            i6 = getfield(r0, descr=P.x)
            i8 = getarrayitem(r1, 0, descr=Ints)
            finish(i2, i3, i4, i5, i6, i3, i8, i5)
            """);
    }

    [Fact]
    public void A_write_to_an_object_that_may_alias_is_done_before_reading_and_forgets_the_old_value()
    {
        Optimizes("""
            [r0, r1, i2]
            i3 = getfield(r0, descr=P.x)
            setfield(r1, i2, descr=P.x)
            i4 = getfield(r0, descr=P.x)
            i5 = getfield(r1, descr=P.x)
            finish(i3, i4, i5)
            """, """
            [r0, r1, i2]
            i3 = getfield(r0, descr=P.x)
            setfield(r1, i2, descr=P.x)
            i4 = getfield(r0, descr=P.x)
            finish(i3, i4, i2)
            """);
    }

    [Fact]
    public void A_fresh_object_does_not_alias_older_ones()
    {
        Optimizes("""
            [r0, i1]
            i2 = getfield(r0, descr=P.x)
            r3 = new(descr=P)
            setfield(r3, i1, descr=P.x)
            i4 = getfield(r0, descr=P.x)
            finish(i2, i4, r3)
            """, """
            [r0, i1]
            i2 = getfield(r0, descr=P.x)
            r3 = new(descr=P)
            setfield(r3, i1, descr=P.x)
            finish(i2, i2, r3)
            """);
    }

    [Fact]
    public void Objects_of_different_known_classes_do_not_alias()
    {
        // Guard removal learns classes from guard_class; here the facts are given directly.
        var trace = TraceParser.Parse(Declarations + """

            [r0, r1, i2]
            i3 = getfield(r0, descr=P.x)
            setfield(r1, i2, descr=P.x)
            i4 = getfield(r0, descr=P.x)
            finish(i3, i4)
            """);
        var optimizer = new Optimizer([new HeapCache()]);
        optimizer.Info(trace.Inputs[0]).KnownClass = new ClassDescr("P");
        optimizer.Info(trace.Inputs[1]).KnownClass = new ClassDescr("Q");
        var expected = TraceParser.Parse(Declarations + """

            [r0, r1, i2]
            i3 = getfield(r0, descr=P.x)
            setfield(r1, i2, descr=P.x)
            finish(i3, i3)
            """);
        var actual = optimizer.Run(trace);
        Assert.True(TraceEquality.AreEqual(actual, expected), TracePrinter.Print(actual));
    }

    [Fact]
    public void An_object_obtained_after_an_allocation_may_be_that_object()
    {
        const string trace = """
            [r0]
            r1 = new(descr=P)
            i2 = getfield(r1, descr=P.x)
            r3 = call(r1, descr=Lookup)
            setfield(r3, 5, descr=P.x)
            i4 = getfield(r1, descr=P.x)
            finish(i2, i4)
            """;
        Optimizes(trace, trace);
    }

    [Fact]
    public void Keeps_loads_that_other_writes_or_calls_may_change()
    {
        const string trace = """
            [r0, r1, i2]
            i3 = getfield(r0, descr=P.x)
            setfield(r1, i2, descr=P.x)
            i4 = getfield(r0, descr=P.x)
            call(descr=Unknown)
            guard_no_exception() [M@1]
            i5 = getfield(r1, descr=P.x)
            i6 = getfield(r0, descr=P.y)
            finish(i3, i4, i5, i6)
            """;
        Optimizes(trace, trace);
    }

    [Fact]
    public void Removes_a_write_of_the_value_already_there()
    {
        Optimizes("""
            [r0]
            i1 = getfield(r0, descr=P.x)
            setfield(r0, i1, descr=P.x)
            finish(i1)
            """, """
            [r0]
            i1 = getfield(r0, descr=P.x)
            finish(i1)
            """);
    }

    [Fact]
    public void Forwards_array_items_at_constant_indexes_and_at_the_same_index_value()
    {
        Optimizes("""
            [r0, i1]
            i2 = getarrayitem(r0, 1, descr=Ints)
            i3 = getarrayitem(r0, 1, descr=Ints)
            setarrayitem(r0, 2, 7, descr=Ints)
            i4 = getarrayitem(r0, 1, descr=Ints)
            i5 = getarrayitem(r0, 2, descr=Ints)
            i6 = getarrayitem(r0, i1, descr=Ints)
            i7 = getarrayitem(r0, i1, descr=Ints)
            finish(i2, i3, i4, i5, i6, i7)
            """, """
            [r0, i1]
            i2 = getarrayitem(r0, 1, descr=Ints)
            setarrayitem(r0, 2, 7, descr=Ints)
            i6 = getarrayitem(r0, i1, descr=Ints)
            finish(i2, i2, i2, 7, i6, i6)
            """);
    }

    [Fact]
    public void A_write_at_an_unknown_index_forgets_the_items_it_may_overwrite()
    {
        Optimizes("""
            [r0, i1, i2]
            i3 = getarrayitem(r0, 0, descr=Ints)
            setarrayitem(r0, i1, i2, descr=Ints)
            i4 = getarrayitem(r0, 0, descr=Ints)
            i5 = getarrayitem(r0, i1, descr=Ints)
            finish(i3, i4, i5)
            """, """
            [r0, i1, i2]
            i3 = getarrayitem(r0, 0, descr=Ints)
            setarrayitem(r0, i1, i2, descr=Ints)
            i4 = getarrayitem(r0, 0, descr=Ints)
            finish(i3, i4, i2)
            """);
    }

    [Fact]
    public void Array_lengths_are_known_and_survive_calls()
    {
        Optimizes("""
            [r0, i1]
            i2 = arraylen(r0)
            i3 = arraylen(r0)
            r4 = new_array(i1, descr=Ints)
            i5 = arraylen(r4)
            call(descr=Unknown)
            guard_no_exception() [M@1]
            i6 = arraylen(r0)
            finish(i2, i3, i5, i6, r4)
            """, """
            [r0, i1]
            i2 = arraylen(r0)
            r4 = new_array(i1, descr=Ints)
            call(descr=Unknown)
            guard_no_exception() [M@1]
            finish(i2, i2, i1, i2, r4)
            """);
    }

    [Fact]
    public void Quasi_immutable_reads_survive_calls_behind_one_guard_not_invalidated_per_call()
    {
        Optimizes("""
            [r0]
            guard_not_invalidated() [M@1]
            i1 = getfield(r0, descr=C.version)
            guard_not_invalidated() [M@2]
            i2 = getfield(r0, descr=C.version)
            call(descr=Unknown)
            guard_no_exception() [M@3]
            guard_not_invalidated() [M@4]
            i3 = getfield(r0, descr=C.version)
            finish(i1, i2, i3)
            """, """
            [r0]
            guard_not_invalidated() [M@1]
            i1 = getfield(r0, descr=C.version)
            call(descr=Unknown)
            guard_no_exception() [M@3]
            guard_not_invalidated() [M@4]
            finish(i1, i1, i1)
            """);
    }

    [Fact]
    public void A_quasi_immutable_field_is_read_again_after_a_call_without_guard_not_invalidated()
    {
        const string trace = """
            [r0]
            guard_not_invalidated() [M@1]
            i1 = getfield(r0, descr=C.version)
            call(descr=Unknown)
            guard_no_exception() [M@2]
            i2 = getfield(r0, descr=C.version)
            finish(i1, i2)
            """;
        Optimizes(trace, trace);
    }

    [Fact]
    public void A_write_to_a_quasi_immutable_field_is_done_at_once_and_needs_a_new_guard_not_invalidated()
    {
        Optimizes("""
            [r0, i1]
            guard_not_invalidated() [M@1]
            i2 = getfield(r0, descr=C.version)
            setfield(r0, i1, descr=C.version)
            guard_not_invalidated() [M@2]
            i3 = getfield(r0, descr=C.version)
            finish(i2, i3)
            """, """
            [r0, i1]
            guard_not_invalidated() [M@1]
            i2 = getfield(r0, descr=C.version)
            setfield(r0, i1, descr=C.version)
            guard_not_invalidated() [M@2]
            finish(i2, i1)
            """);
    }

    [Fact]
    public void Static_fields_are_forwarded_and_written_at_once()
    {
        Optimizes("""
            []
            i1 = getstatic(descr=G.count)
            i2 = int_add(i1, 1)
            setstatic(i2, descr=G.count)
            i3 = getstatic(descr=G.count)
            setstatic(i3, descr=G.count)
            finish(i3)
            """, """
            []
            i1 = getstatic(descr=G.count)
            i2 = int_add(i1, 1)
            setstatic(i2, descr=G.count)
            finish(i2)
            """);
    }

    [Fact]
    public void A_label_writes_back_and_forgets()
    {
        Optimizes("""
            [r0, i1]
            setfield(r0, i1, descr=P.x)
            i2 = getfield(r0, descr=P.x)
            label(r0, descr=Body)
            i3 = getfield(r0, descr=P.x)
            i4 = getfield(r0, descr=P.x)
            setfield(r0, i4, descr=P.y)
            jump(r0, descr=Body)
            """, """
            [r0, i1]
            setfield(r0, i1, descr=P.x)
            label(r0, descr=Body)
            i3 = getfield(r0, descr=P.x)
            setfield(r0, i3, descr=P.y)
            jump(r0, descr=Body)
            """);
    }
}
