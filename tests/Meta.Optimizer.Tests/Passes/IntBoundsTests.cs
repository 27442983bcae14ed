using Meta.Optimizer.Passes;

namespace Meta.Optimizer.Tests.Passes;

public sealed class IntBoundsTests
{
    private static readonly Func<OptimizationPass>[] Pass = [() => new IntBounds()];

    /// <summary>With the guard pass after it, as in the pipeline: a comparison folded to a constant takes its guard along.</summary>
    private static readonly Func<OptimizationPass>[] WithGuards = [() => new IntBounds(), () => new GuardRemoval()];

    private const string Declarations = "array Ints: i32";

    private static void Optimizes(string before, string after) => TraceAssert.Optimizes(Pass, before, after, Declarations);

    private static void Unchanged(string trace) => Optimizes(trace, trace);

    [Fact]
    public void An_add_that_cannot_overflow_loses_its_overflow_check()
    {
        Optimizes("""
            [i0]
            i1 = int_and(i0, 255)
            i2 = int_add_ovf(i1, 1)
            guard_no_overflow() [M@1 locals(i0)]
            finish(i2)
            """, """
            [i0]
            i1 = int_and(i0, 255)
            i2 = int_add(i1, 1)
            finish(i2)
            """);
    }

    [Fact]
    public void An_add_of_unknown_values_keeps_its_overflow_check()
    {
        Unchanged("""
            [i0, i1, l2]
            i3 = int_add_ovf(i0, i1)
            guard_no_overflow() [M@1 locals(i0)]
            l4 = long_mul_ovf(l2, 1000L)
            guard_no_overflow() [M@2]
            finish(i3, l4)
            """);
    }

    [Fact]
    public void A_guard_on_the_upper_end_proves_the_increment_safe_but_not_the_decrement()
    {
        Optimizes("""
            [i0]
            i1 = int_lt(i0, 100)
            guard_true(i1) [M@1]
            i2 = int_add_ovf(i0, 1)
            guard_no_overflow() [M@2]
            i3 = int_sub_ovf(i0, 1)
            guard_no_overflow() [M@3]
            finish(i2, i3)
            """, """
            [i0]
            i1 = int_lt(i0, 100)
            guard_true(i1) [M@1]
            i2 = int_add(i0, 1)
            i3 = int_sub_ovf(i0, 1)
            guard_no_overflow() [M@3]
            finish(i2, i3)
            """);
    }

    [Fact]
    public void A_multiplication_that_may_overflow_keeps_its_check()
    {
        Unchanged("""
            [i0]
            i1 = int_rem(i0, 100000)
            i2 = int_mul_ovf(i1, i1)
            guard_no_overflow() [M@1]
            finish(i2)
            """);
    }

    [Fact]
    public void A_comparison_the_bounds_decide_becomes_a_constant()
    {
        Optimizes("""
            [i0]
            i1 = int_lt(i0, 10)
            guard_true(i1) [M@1]
            i2 = int_lt(i0, 20)
            guard_true(i2) [M@2]
            i3 = int_ge(i0, 10)
            finish(i2, i3)
            """, """
            [i0]
            i1 = int_lt(i0, 10)
            guard_true(i1) [M@1]
            guard_true(1) [M@2]
            finish(1, 0)
            """);
    }

    [Fact]
    public void A_range_check_implied_by_earlier_guards_goes_with_its_guard()
    {
        TraceAssert.Optimizes(WithGuards, """
            [r0, i1]
            i2 = arraylen(r0)
            i3 = int_ge(i1, 0)
            guard_true(i3) [M@1]
            i4 = int_lt(i1, i2)
            guard_true(i4) [M@2]
            i5 = uint_lt(i1, i2)
            guard_true(i5) [M@3]
            i6 = getarrayitem(r0, i1, descr=Ints)
            finish(i6)
            """, """
            [r0, i1]
            i2 = arraylen(r0)
            i3 = int_ge(i1, 0)
            guard_true(i3) [M@1]
            i4 = int_lt(i1, i2)
            guard_true(i4) [M@2]
            i6 = getarrayitem(r0, i1, descr=Ints)
            finish(i6)
            """, Declarations);
    }

    [Fact]
    public void A_range_check_of_an_index_that_may_be_negative_stays()
    {
        TraceAssert.Optimizes(WithGuards, """
            [r0, i1]
            i2 = arraylen(r0)
            i4 = int_lt(i1, i2)
            guard_true(i4) [M@2]
            i5 = uint_lt(i1, i2)
            guard_true(i5) [M@3]
            i6 = getarrayitem(r0, i1, descr=Ints)
            finish(i6)
            """, """
            [r0, i1]
            i2 = arraylen(r0)
            i4 = int_lt(i1, i2)
            guard_true(i4) [M@2]
            i5 = uint_lt(i1, i2)
            guard_true(i5) [M@3]
            i6 = getarrayitem(r0, i1, descr=Ints)
            finish(i6)
            """, Declarations);
    }

    [Fact]
    public void An_unsigned_range_check_teaches_that_the_index_is_non_negative_and_below_the_length()
    {
        Optimizes("""
            [r0, i1]
            i2 = arraylen(r0)
            i3 = uint_lt(i1, i2)
            guard_true(i3) [M@1]
            i4 = int_lt(i1, 0)
            i5 = int_lt(i1, i2)
            i6 = int_add_ovf(i1, 1)
            guard_no_overflow() [M@2]
            finish(i4, i5, i6)
            """, """
            [r0, i1]
            i2 = arraylen(r0)
            i3 = uint_lt(i1, i2)
            guard_true(i3) [M@1]
            i6 = int_add(i1, 1)
            finish(0, 1, i6)
            """);
    }

    [Fact]
    public void Guard_value_narrows_backward_through_an_add()
    {
        Optimizes("""
            [i0]
            i1 = int_add(i0, 1)
            guard_value(i1, 5) [M@1]
            i2 = int_mul(i0, 3)
            finish(i1, i2)
            """, """
            [i0]
            i1 = int_add(i0, 1)
            guard_value(i1, 5) [M@1]
            finish(5, 12)
            """);
    }

    [Fact]
    public void Long_bounds_remove_a_long_overflow_check_and_fold_a_sign_test()
    {
        Optimizes("""
            [l0]
            l1 = long_and(l0, 65535L)
            l2 = long_mul_ovf(l1, l1)
            guard_no_overflow() [M@1]
            i3 = long_lt(l2, 0L)
            i4 = long_is_true(l2)
            finish(i3, i4)
            """, """
            [l0]
            l1 = long_and(l0, 65535L)
            l2 = long_mul(l1, l1)
            i4 = long_is_true(l2)
            finish(0, i4)
            """);
    }

    [Fact]
    public void A_widened_int_cannot_overflow_a_long_and_its_bound_goes_back_to_the_int()
    {
        Optimizes("""
            [i0]
            l1 = int_to_long(i0)
            l2 = long_add_ovf(l1, 1L)
            guard_no_overflow() [M@1]
            i3 = long_lt(l2, 3000000000L)
            i4 = long_lt(l1, 10L)
            guard_true(i4) [M@2]
            i5 = int_lt(i0, 10)
            l6 = long_add(l1, 1L)
            i7 = long_to_int(l6)
            i8 = int_le(i7, 10)
            finish(l2, i3, i5, i8)
            """, """
            [i0]
            l1 = int_to_long(i0)
            l2 = long_add(l1, 1L)
            i4 = long_lt(l1, 10L)
            guard_true(i4) [M@2]
            l6 = long_add(l1, 1L)
            i7 = long_to_int(l6)
            finish(l2, 1, 1, 1)
            """);
    }

    [Fact]
    public void Remainder_division_and_shifts_have_bounds()
    {
        Optimizes("""
            [i0, i20]
            i1 = int_rem(i0, 10)
            i2 = int_add_ovf(i1, 100)
            guard_no_overflow() [M@1]
            i3 = int_lt(i2, 0)
            i4 = int_shr(i0, 24)
            i5 = int_mul_ovf(i4, 1000)
            guard_no_overflow() [M@2]
            i6 = int_and(i0, 255)
            i7 = int_div(i6, 4)
            i8 = int_lt(i7, 64)
            i9 = int_ushr(i0, 28)
            i10 = int_mul_ovf(i9, 1000)
            guard_no_overflow() [M@3]
            i11 = int_ushr(i0, i20)
            i12 = int_mul_ovf(i11, 1000)
            guard_no_overflow() [M@4]
            finish(i3, i5, i8, i10, i12)
            """, """
            [i0, i20]
            i1 = int_rem(i0, 10)
            i2 = int_add(i1, 100)
            i4 = int_shr(i0, 24)
            i5 = int_mul(i4, 1000)
            i6 = int_and(i0, 255)
            i7 = int_div(i6, 4)
            i9 = int_ushr(i0, 28)
            i10 = int_mul(i9, 1000)
            i11 = int_ushr(i0, i20)
            i12 = int_mul_ovf(i11, 1000)
            guard_no_overflow() [M@4]
            finish(0, i5, 1, i10, i12)
            """);
    }

    [Fact]
    public void A_negative_value_is_the_larger_one_as_unsigned()
    {
        Optimizes("""
            [i0]
            i1 = int_and(i0, 7)
            i2 = int_sub(i1, 10)
            i3 = uint_lt(i2, i1)
            i4 = uint_ge(i2, i1)
            finish(i3, i4)
            """, """
            [i0]
            i1 = int_and(i0, 7)
            i2 = int_sub(i1, 10)
            finish(0, 1)
            """);
    }

    [Fact]
    public void A_failed_greater_or_equal_proves_less_than_between_unknown_values()
    {
        Optimizes("""
            [i0, i1]
            i2 = int_ge(i0, i1)
            guard_false(i2) [M@1]
            i3 = int_lt(i0, i1)
            i4 = int_eq(i0, i1)
            i5 = int_gt(i1, i0)
            i6 = int_le(i1, i0)
            finish(i3, i4, i5, i6)
            """, """
            [i0, i1]
            i2 = int_ge(i0, i1)
            guard_false(i2) [M@1]
            finish(1, 0, 1, 0)
            """);
    }

    [Fact]
    public void Truth_tests_and_comparisons_of_truth_values_fold()
    {
        Optimizes("""
            [i0, i9]
            i1 = int_and(i0, 15)
            i2 = int_add(i1, 1)
            i3 = int_is_true(i2)
            i4 = int_is_zero(i2)
            i5 = int_lt(i0, i9)
            i6 = int_le(i5, 1)
            finish(i3, i4, i6)
            """, """
            [i0, i9]
            i1 = int_and(i0, 15)
            i2 = int_add(i1, 1)
            i5 = int_lt(i0, i9)
            finish(1, 0, 1)
            """);
    }

    [Fact]
    public void A_guard_overflow_after_an_add_that_cannot_overflow_always_fails()
    {
        Optimizes("""
            [i0]
            i1 = int_and(i0, 255)
            i2 = int_add_ovf(i1, 1)
            guard_overflow() [M@1]
            finish(i2)
            """, """
            [i0]
            i1 = int_and(i0, 255)
            i2 = int_add(i1, 1)
            guard_true(0) [M@1]
            finish(i2)
            """);
    }

    [Fact]
    public void Bounds_learned_before_a_label_do_not_hold_after_it()
    {
        Unchanged("""
            [i0]
            i1 = int_lt(i0, 10)
            guard_true(i1) [M@1]
            label(i0, descr=Body)
            i2 = int_lt(i0, 10)
            guard_true(i2) [M@2]
            i3 = int_add(i0, 1)
            jump(i3, descr=Body)
            """);
    }

    [Fact]
    public void A_wrapping_add_of_unknown_values_teaches_nothing_backward()
    {
        Unchanged("""
            [i0, i1]
            i2 = int_add(i0, i1)
            i3 = int_lt(i2, 10)
            guard_true(i3) [M@1]
            i4 = int_lt(i0, 10)
            finish(i4)
            """);
    }
}
