using Meta.Optimizer.Passes;

namespace Meta.Optimizer.Tests.Passes;

public sealed class GuardRemovalTests
{
    private static readonly Func<OptimizationPass>[] Pass = [() => new GuardRemoval()];

    private const string Declarations = """
        class W_Int
        class W_Str
        field W_Int.value: i64
        array Ints: i32
        """;

    private static void Optimizes(string before, string after) => TraceAssert.Optimizes(Pass, before, after, Declarations);

    private static void Unchanged(string trace) => Optimizes(trace, trace);

    [Fact]
    public void A_second_guard_class_on_the_same_value_goes()
    {
        Optimizes("""
            [r0]
            guard_class(r0, descr=W_Int) [M@1 locals(r0)]
            l1 = getfield(r0, descr=W_Int.value)
            guard_class(r0, descr=W_Int) [M@2 locals(r0)]
            guard_nonnull(r0) [M@3 locals(r0)]
            finish(l1)
            """, """
            [r0]
            guard_class(r0, descr=W_Int) [M@1 locals(r0)]
            l1 = getfield(r0, descr=W_Int.value)
            finish(l1)
            """);
    }

    [Fact]
    public void Guards_on_a_new_object_go()
    {
        Optimizes("""
            [i0]
            r1 = new(descr=W_Int)
            guard_nonnull(r1) [M@1]
            guard_class(r1, descr=W_Int) [M@2]
            r2 = new_array(i0, descr=Ints)
            guard_nonnull(r2) [M@3]
            finish(r1, r2)
            """, """
            [i0]
            r1 = new(descr=W_Int)
            r2 = new_array(i0, descr=Ints)
            finish(r1, r2)
            """);
    }

    [Fact]
    public void Guard_nonnull_then_guard_class_becomes_one_guard_class_at_the_first_place()
    {
        Optimizes("""
            [r0, i1]
            guard_nonnull(r0) [M@1 locals(r0, i1)]
            i2 = int_add(i1, 1)
            guard_class(r0, descr=W_Int) [M@2 locals(r0, i2)]
            l3 = getfield(r0, descr=W_Int.value)
            guard_nonnull(r0) [M@3 locals(r0, i2)]
            finish(l3)
            """, """
            [r0, i1]
            guard_class(r0, descr=W_Int) [M@1 locals(r0, i1)]
            i2 = int_add(i1, 1)
            l3 = getfield(r0, descr=W_Int.value)
            finish(l3)
            """);
    }

    [Fact]
    public void Guard_nonnull_then_guard_value_becomes_one_guard_value_at_the_first_place()
    {
        Optimizes("""
            [r0]
            guard_nonnull(r0) [M@1 locals(r0)]
            l1 = getfield(r0, descr=W_Int.value)
            guard_value(r0, $one) [M@2 locals(r0)]
            l2 = getfield(r0, descr=W_Int.value)
            finish(l1, l2)
            """, """
            [r0]
            guard_value(r0, $one) [M@1 locals(r0)]
            l1 = getfield(r0, descr=W_Int.value)
            l2 = getfield($one, descr=W_Int.value)
            finish(l1, l2)
            """);
    }

    [Fact]
    public void After_guard_value_the_value_is_the_constant()
    {
        Optimizes("""
            [i0, r1]
            guard_value(i0, 5) [M@1 locals(i0)]
            i2 = int_add(i0, 1)
            guard_value(i0, 5) [M@2 locals(i0)]
            guard_value(r1, $obj) [M@3 locals(r1)]
            guard_nonnull(r1) [M@4 locals(r1)]
            finish(i2, r1)
            """, """
            [i0, r1]
            guard_value(i0, 5) [M@1 locals(i0)]
            i2 = int_add(5, 1)
            guard_value(r1, $obj) [M@3 locals(r1)]
            finish(i2, $obj)
            """);
    }

    [Fact]
    public void After_a_guard_on_a_comparison_its_result_is_known()
    {
        Optimizes("""
            [i0, i1]
            i2 = int_lt(i0, i1)
            guard_true(i2) [M@1 locals(i2)]
            guard_true(i2) [M@2 locals(i2)]
            i3 = int_eq(i0, i1)
            guard_false(i3) [M@3]
            guard_false(i3) [M@4]
            guard_true(i1) [M@5]
            guard_true(i1) [M@6]
            finish(i2, i3)
            """, """
            [i0, i1]
            i2 = int_lt(i0, i1)
            guard_true(i2) [M@1 locals(i2)]
            i3 = int_eq(i0, i1)
            guard_false(i3) [M@3]
            guard_true(i1) [M@5]
            finish(1, 0)
            """);
    }

    [Fact]
    public void Guards_on_constants_go_unless_they_always_fail()
    {
        Optimizes("""
            [i0]
            guard_true(1) [M@1]
            guard_false(0) [M@2]
            guard_value(7, 7) [M@3]
            guard_isnull(null) [M@4]
            guard_nonnull($obj) [M@5]
            guard_true(0) [M@6]
            finish(i0)
            """, """
            [i0]
            guard_true(0) [M@6]
            finish(i0)
            """);
    }

    [Fact]
    public void Guards_that_always_fail_stay()
    {
        Unchanged("""
            [r0, r1]
            guard_class(r0, descr=W_Int) [M@1]
            guard_class(r0, descr=W_Str) [M@2]
            r2 = new(descr=W_Str)
            guard_isnull(r2) [M@3]
            guard_nonnull(null) [M@4]
            guard_value(r2, null) [M@5]
            finish(r1)
            """);
    }

    [Fact]
    public void Guards_on_unknown_values_stay()
    {
        Unchanged("""
            [r0, r1, i2]
            guard_class(r0, descr=W_Int) [M@1]
            guard_nonnull(r1) [M@2]
            guard_true(i2) [M@4]
            finish(r0, r1, i2)
            """);
    }

    [Fact]
    public void After_guard_isnull_the_value_is_null()
    {
        Optimizes("""
            [r0]
            guard_isnull(r0) [M@1]
            guard_isnull(r0) [M@2]
            i1 = ptr_eq(r0, null)
            finish(r0, i1)
            """, """
            [r0]
            guard_isnull(r0) [M@1]
            finish(null, 1)
            """);
    }

    [Fact]
    public void Pointer_comparisons_fold_on_nullness_and_classes()
    {
        Optimizes("""
            [r0, r1, r2]
            guard_nonnull(r0) [M@1]
            i3 = ptr_eq(r0, null)
            i4 = ptr_ne(null, r0)
            guard_class(r1, descr=W_Int) [M@2]
            guard_class(r2, descr=W_Str) [M@3]
            i5 = ptr_eq(r1, r2)
            i6 = ptr_eq(r0, r1)
            finish(i3, i4, i5, i6)
            """, """
            [r0, r1, r2]
            guard_nonnull(r0) [M@1]
            guard_class(r1, descr=W_Int) [M@2]
            guard_class(r2, descr=W_Str) [M@3]
            i6 = ptr_eq(r0, r1)
            finish(0, 1, 0, i6)
            """);
    }

    [Fact]
    public void Guard_true_on_a_number_proves_it_non_zero_not_one()
    {
        Optimizes("""
            [r0]
            i1 = arraylen(r0)
            guard_true(i1) [M@1]
            guard_true(i1) [M@2]
            guard_false(i1) [M@3]
            i2 = int_add(i1, 1)
            finish(i2)
            """, """
            [r0]
            i1 = arraylen(r0)
            guard_true(i1) [M@1]
            guard_false(i1) [M@3]
            i2 = int_add(i1, 1)
            finish(i2)
            """);
    }

    [Fact]
    public void Guard_value_on_zero_or_nan_floats_changes_nothing_after_it()
    {
        Unchanged("""
            [f0, f1]
            guard_value(f0, 0.0) [M@1]
            f2 = float_add(f0, 1.5)
            guard_value(f1, nan) [M@2]
            finish(f2, f1)
            """);
    }

    [Fact]
    public void What_was_known_before_a_label_is_forgotten_after_it()
    {
        Unchanged("""
            [r0, i1]
            guard_class(r0, descr=W_Int) [M@1]
            label(r0, i1, descr=Body)
            guard_class(r0, descr=W_Int) [M@2]
            i2 = int_add(i1, 1)
            jump(r0, i2, descr=Body)
            """);
    }
}
