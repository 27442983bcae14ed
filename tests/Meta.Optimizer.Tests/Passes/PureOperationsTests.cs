using Meta.Optimizer.Passes;
using Meta.Tracing.IR;

namespace Meta.Optimizer.Tests.Passes;

public sealed class PureOperationsTests
{
    private static readonly Func<OptimizationPass>[] Pass = [() => new PureOperations()];

    private const string Declarations = """
        call Math.Sqrt(f64) -> f64 [elidable, reads(), writes()]
        call Math.Parse(ref) -> i32 [elidable, can_raise, reads(), writes()]
        call Dict.Get(ref, ref) -> ref [can_raise, reads(*), writes(*)]
        field Code.ops: ref immutable
        field Frame.pc: i32
        array Ops: i32 immutable
        """;

    private static void Optimizes(string before, string after) => TraceAssert.Optimizes(Pass, before, after, Declarations);

    [Fact]
    public void Folds_arithmetic_on_constants()
    {
        Optimizes("""
            [i0]
            i1 = int_add(2, 3)
            i2 = int_mul(i1, 4)
            i3 = int_add(i0, i2)
            finish(i3)
            """, """
            [i0]
            i3 = int_add(i0, 20)
            finish(i3)
            """);
    }

    [Fact]
    public void Removes_a_repeated_pure_operation()
    {
        Optimizes("""
            [l0, l1]
            l2 = long_mul(l0, l1)
            l3 = long_mul(l0, l1)
            l4 = long_add(l2, l3)
            finish(l4)
            """, """
            [l0, l1]
            l2 = long_mul(l0, l1)
            l4 = long_add(l2, l2)
            finish(l4)
            """);
    }

    [Fact]
    public void Folds_an_overflow_op_that_cannot_overflow_and_drops_its_guard()
    {
        Optimizes("""
            [i0]
            i1 = int_add_ovf(100, 23)
            guard_no_overflow() [M@1]
            i2 = int_sub(i0, i1)
            finish(i2)
            """, """
            [i0]
            i2 = int_sub(i0, 123)
            finish(i2)
            """);
    }

    [Fact]
    public void Keeps_an_overflow_op_that_overflows_on_constants()
    {
        Optimizes("""
            []
            i1 = int_add_ovf(2147483647, 1)
            guard_no_overflow() [M@1]
            finish(i1)
            """, """
            []
            i1 = int_add_ovf(2147483647, 1)
            guard_no_overflow() [M@1]
            finish(i1)
            """);
    }

    [Fact]
    public void A_repeated_overflow_op_reuses_the_first_and_its_guard()
    {
        Optimizes("""
            [l0]
            l1 = long_add_ovf(l0, 1L)
            guard_no_overflow() [M@1 locals(l0)]
            l2 = long_add_ovf(l0, 1L)
            guard_no_overflow() [M@2 locals(l0)]
            finish(l1, l2)
            """, """
            [l0]
            l1 = long_add_ovf(l0, 1L)
            guard_no_overflow() [M@1 locals(l0)]
            finish(l1, l1)
            """);
    }

    [Fact]
    public void Applies_integer_identities()
    {
        Optimizes("""
            [i0, l1]
            i2 = int_add(i0, 0)
            i3 = int_mul(1, i2)
            i4 = int_sub(i3, i3)
            l5 = long_and(l1, 0L)
            i6 = int_eq(i0, i0)
            finish(i3, i4, l5, i6)
            """, """
            [i0, l1]
            finish(i0, 0, 0L, 1)
            """);
    }

    [Fact]
    public void Does_not_apply_identities_to_floats()
    {
        Optimizes("""
            [f0]
            f1 = float_sub(f0, f0)
            i2 = float_eq(f0, f0)
            finish(f1, i2)
            """, """
            [f0]
            f1 = float_sub(f0, f0)
            i2 = float_eq(f0, f0)
            finish(f1, i2)
            """);
    }

    [Fact]
    public void Removes_a_repeated_elidable_call_but_not_a_plain_one()
    {
        Optimizes("""
            [f0, r1, r2]
            f3 = call_pure(f0, descr=Math.Sqrt)
            f4 = call_pure(f0, descr=Math.Sqrt)
            r5 = call(r1, r2, descr=Dict.Get)
            guard_no_exception() [M@1]
            r6 = call(r1, r2, descr=Dict.Get)
            guard_no_exception() [M@2]
            finish(f3, f4, r5, r6)
            """, """
            [f0, r1, r2]
            f3 = call_pure(f0, descr=Math.Sqrt)
            r5 = call(r1, r2, descr=Dict.Get)
            guard_no_exception() [M@1]
            r6 = call(r1, r2, descr=Dict.Get)
            guard_no_exception() [M@2]
            finish(f3, f3, r5, r6)
            """);
    }

    [Fact]
    public void A_repeated_elidable_call_takes_its_exception_check_along()
    {
        Optimizes("""
            [r0]
            i1 = call_pure(r0, descr=Math.Parse)
            guard_no_exception() [M@1]
            i2 = call_pure(r0, descr=Math.Parse)
            guard_no_exception() [M@2]
            finish(i1, i2)
            """, """
            [r0]
            i1 = call_pure(r0, descr=Math.Parse)
            guard_no_exception() [M@1]
            finish(i1, i1)
            """);
    }

    [Fact]
    public void Forwards_replaced_values_into_resume_data()
    {
        Optimizes("""
            [i0]
            i1 = int_add(i0, 1)
            i2 = int_add(i0, 1)
            guard_true(i2) [M@1 locals(i2, i1) stack(i0)]
            finish()
            """, """
            [i0]
            i1 = int_add(i0, 1)
            guard_true(i1) [M@1 locals(i1, i1) stack(i0)]
            finish()
            """);
    }

    [Fact]
    public void Folds_conversions_comparisons_and_strings()
    {
        Optimizes("""
            []
            l0 = int_to_long(-5)
            f1 = long_to_float(l0)
            i2 = float_lt(f1, 0.0)
            i3 = strlen("héllo")
            i4 = strgetitem("abc", 1)
            i5 = ptr_eq(null, null)
            finish(l0, f1, i2, i3, i4, i5)
            """, """
            []
            finish(-5L, -5.0, 1, 5, 98, 1)
            """);
    }

    [Fact]
    public void Leaves_division_by_zero_for_its_guard()
    {
        Optimizes("""
            [i0]
            i1 = int_div(7, 0)
            i2 = int_div(7, 2)
            finish(i1, i2)
            """, """
            [i0]
            i1 = int_div(7, 0)
            finish(i1, 3)
            """);
    }

    [Fact]
    public void A_folded_op_before_guard_overflow_leaves_an_exit_that_always_fails()
    {
        Optimizes("""
            []
            i1 = int_add_ovf(1, 2)
            guard_overflow() [M@9]
            finish(i1)
            """, """
            []
            guard_true(0) [M@9]
            finish(3)
            """);
    }

    [Fact]
    public void Reads_of_immutable_memory_are_done_once_and_mutable_ones_every_time()
    {
        Optimizes("""
            [r0, r1]
            r2 = getfield(r0, descr=Code.ops)
            i3 = getarrayitem(r2, 4, descr=Ops)
            r4 = getfield(r0, descr=Code.ops)
            i5 = getarrayitem(r4, 4, descr=Ops)
            i6 = getfield(r1, descr=Frame.pc)
            i7 = getfield(r1, descr=Frame.pc)
            finish(i3, i5, i6, i7)
            """, """
            [r0, r1]
            r2 = getfield(r0, descr=Code.ops)
            i3 = getarrayitem(r2, 4, descr=Ops)
            i6 = getfield(r1, descr=Frame.pc)
            i7 = getfield(r1, descr=Frame.pc)
            finish(i3, i3, i6, i7)
            """);
    }

    [Fact]
    public void A_write_to_an_immutable_field_forgets_its_reads()
    {
        Optimizes("""
            [r0, r1]
            r2 = getfield(r0, descr=Code.ops)
            setfield(r0, r1, descr=Code.ops)
            r3 = getfield(r0, descr=Code.ops)
            finish(r2, r3)
            """, """
            [r0, r1]
            r2 = getfield(r0, descr=Code.ops)
            setfield(r0, r1, descr=Code.ops)
            r3 = getfield(r0, descr=Code.ops)
            finish(r2, r3)
            """);
    }

    private sealed class Boxed(long value)
    {
        public readonly long Value = value;
        public long Mutable = value;
    }

    [Fact]
    public void Folds_an_immutable_field_of_a_constant_object_but_not_a_mutable_one()
    {
        var boxed = Constant.Ref(new Boxed(42));
        var immutable = new Operation(Opcode.GetField, [boxed], Tracing.Recording.Descriptors.Field(typeof(Boxed).GetField("Value")!));
        var mutable = new Operation(Opcode.GetField, [boxed], Tracing.Recording.Descriptors.Field(typeof(Boxed).GetField("Mutable")!));
        var optimized = Optimizer.Optimize(new Trace([], [immutable, mutable, new Operation(Opcode.Finish, [immutable, mutable])]), Pass);
        Assert.Equal(2, optimized.Operations.Count);
        Assert.Equal([Constant.Long(42), optimized.Operations[0]], optimized.Operations[1].Operands);
    }
}
