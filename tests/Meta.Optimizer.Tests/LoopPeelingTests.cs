using Meta.Optimizer.Passes;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests;

public sealed class LoopPeelingTests
{
    private static readonly Func<OptimizationPass>[] Passes =
        [() => new IntBounds(), () => new GuardRemoval(), () => new PureOperations()];

    private const string Declarations = """
        class W_Int
        field W_Int.value: i64 immutable
        """;

    private static void Peels(string before, string after, IReadOnlyList<Func<OptimizationPass>>? pipeline = null, string declarations = Declarations)
    {
        var input = TraceParser.Parse(declarations + "\n" + before);
        var expected = TraceParser.Parse(declarations + "\n" + after);
        var actual = LoopPeeling.Optimize(input, pipeline ?? Passes).Verified();
        var difference = TraceEquality.FirstDifference(actual, expected);
        Assert.True(difference is null,
            $"{difference}\n--- expected ---\n{TracePrinter.Print(expected)}--- actual ---\n{TracePrinter.Print(actual)}");
    }

    [Fact]
    public void Moves_a_pure_operation_on_invariant_values_out_of_the_loop()
    {
        Peels("""
            [i0, i1]
            i2 = int_mul(i1, 4)
            i3 = int_add(i0, i2)
            i4 = int_lt(i3, 1000)
            guard_true(i4) [M@1 locals(i3)]
            jump(i3, i1)
            """, """
            [i0, i1]
            i2 = int_mul(i1, 4)
            i3 = int_add(i0, i2)
            i4 = int_lt(i3, 1000)
            guard_true(i4) [M@1 locals(i3)]
            i5 = same_as(i3)
            label(i5, i2, descr=Loop)
            i6 = int_add(i5, i2)
            i7 = int_lt(i6, 1000)
            guard_true(i7) [M@1 locals(i6)]
            jump(i6, i2, descr=Loop)
            """);
    }

    [Fact]
    public void A_guard_and_an_immutable_read_on_an_invariant_value_stay_in_the_preamble()
    {
        Peels("""
            [r0, l1]
            guard_class(r0, descr=W_Int) [M@1]
            l2 = getfield(r0, descr=W_Int.value)
            l3 = long_add(l1, l2)
            jump(r0, l3)
            """, """
            [r0, l1]
            guard_class(r0, descr=W_Int) [M@1]
            l2 = getfield(r0, descr=W_Int.value)
            l3 = long_add(l1, l2)
            l4 = same_as(l3)
            label(l4, l2, descr=Loop)
            l5 = long_add(l4, l2)
            jump(l5, l2, descr=Loop)
            """);
    }

    [Fact]
    public void What_was_learned_of_a_varying_value_is_not_assumed_in_the_body()
    {
        Peels("""
            [i0]
            guard_value(i0, 5) [M@1]
            i1 = int_add(i0, 1)
            jump(i1)
            """, """
            [i0]
            guard_value(i0, 5) [M@1]
            i1 = same_as(6)
            label(i1, descr=Loop)
            guard_value(i1, 5) [M@1]
            jump(6, descr=Loop)
            """);
    }

    [Fact]
    public void Relations_between_varying_values_do_not_cross_the_label()
    {
        Peels("""
            [i0, i1]
            i2 = int_lt(i0, i1)
            guard_true(i2) [M@1]
            i3 = int_add(i0, 1)
            jump(i3, i1)
            """, """
            [i0, i1]
            i2 = int_lt(i0, i1)
            guard_true(i2) [M@1]
            i3 = int_add(i0, 1)
            i4 = same_as(i3)
            label(i4, i1, descr=Loop)
            i5 = int_lt(i4, i1)
            guard_true(i5) [M@1]
            i6 = int_add(i4, 1)
            jump(i6, i1, descr=Loop)
            """);
    }

    [Fact]
    public void Bounds_of_an_invariant_value_fold_a_comparison_in_the_body()
    {
        Peels("""
            [i0, i1]
            i2 = int_lt(i1, 100)
            guard_true(i2) [M@1]
            i3 = int_add(i0, i1)
            jump(i3, i1)
            """, """
            [i0, i1]
            i2 = int_lt(i1, 100)
            guard_true(i2) [M@1]
            i3 = int_add(i0, i1)
            i4 = same_as(i3)
            label(i4, i1, descr=Loop)
            i5 = int_add(i4, i1)
            jump(i5, i1, descr=Loop)
            """);
    }

    [Fact]
    public void Resume_data_in_the_body_can_use_invariant_values()
    {
        Peels("""
            [i0, r1]
            i2 = int_is_true(i0)
            guard_true(i2) [M@3 locals(r1, i0)]
            i3 = int_sub(i0, 1)
            jump(i3, r1)
            """, """
            [i0, r1]
            i2 = int_is_true(i0)
            guard_true(i2) [M@3 locals(r1, i0)]
            i3 = int_sub(i0, 1)
            i4 = same_as(i3)
            label(i4, r1, descr=Loop)
            i5 = int_is_true(i4)
            guard_true(i5) [M@3 locals(r1, i4)]
            i6 = int_sub(i4, 1)
            jump(i6, r1, descr=Loop)
            """);
    }

    [Fact]
    public void A_loop_whose_values_never_change_carries_only_what_the_body_uses()
    {
        Peels("""
            [i0, i1]
            i2 = int_add(i0, i1)
            i3 = int_lt(i2, 10)
            guard_true(i3) [M@1]
            jump(i0, i1)
            """, """
            [i0, i1]
            i2 = int_add(i0, i1)
            i3 = int_lt(i2, 10)
            guard_true(i3) [M@1]
            label(descr=Loop)
            jump(descr=Loop)
            """);
    }

    [Fact]
    public void A_trace_that_finishes_is_optimized_without_peeling()
    {
        Peels("""
            [i0]
            i1 = int_add(i0, 0)
            finish(i1)
            """, """
            [i0]
            finish(i0)
            """);
    }

    [Fact]
    public void A_trace_that_already_has_a_label_is_not_peeled_again()
    {
        Peels("""
            [i0]
            label(i0, descr=L)
            i1 = int_add(i0, 1)
            jump(i1, descr=L)
            """, """
            [i0]
            label(i0, descr=L)
            i1 = int_add(i0, 1)
            jump(i1, descr=L)
            """);
    }

    [Fact]
    public void Overflow_checks_in_the_body_stay_when_the_range_is_not_invariant()
    {
        Peels("""
            [l0]
            l1 = long_add_ovf(l0, 1L)
            guard_no_overflow() [M@1 locals(l0)]
            jump(l1)
            """, """
            [l0]
            l1 = long_add_ovf(l0, 1L)
            guard_no_overflow() [M@1 locals(l0)]
            l2 = same_as(l1)
            label(l2, descr=Loop)
            l3 = long_add_ovf(l2, 1L)
            guard_no_overflow() [M@1 locals(l2)]
            jump(l3, descr=Loop)
            """);
    }

    [Fact]
    public void Passes_that_do_not_say_what_survives_the_label_cannot_be_peeled_with()
    {
        var trace = TraceParser.Parse("[i0]\ni1 = int_add(i0, 1)\njump(i1)");
        Assert.Throws<NotSupportedException>(() => LoopPeeling.Optimize(trace, [() => new SilentPass()]));
    }

    private sealed class SilentPass : OptimizationPass;

    private const string Boxes = """
        class W_Int
        field W_Int.value: i64 immutable
        field Frame.slot: ref virtualizable
        call Show(ref) -> void [reads(*), writes(*)]
        """;

    private static void PeelsWithDefaultPipeline(string before, string after) => Peels(before, after, Pipeline.Default, Boxes);

    [Fact]
    public void A_boxed_counter_crosses_the_label_as_its_field_and_is_never_allocated_in_the_loop()
    {
        PeelsWithDefaultPipeline("""
            [r0]
            guard_class(r0, descr=W_Int) [M@1 locals(r0)]
            l1 = getfield(r0, descr=W_Int.value)
            l2 = long_add(l1, 1L)
            r3 = new(descr=W_Int)
            setfield(r3, l2, descr=W_Int.value)
            jump(r3)
            """, """
            [r0]
            guard_class(r0, descr=W_Int) [M@1 locals(r0)]
            l1 = getfield(r0, descr=W_Int.value)
            l2 = long_add(l1, 1L)
            l3 = same_as(l2)
            label(l3, descr=Loop)
            l4 = long_add(l3, 1L)
            jump(l4, descr=Loop)
            """);
    }

    [Fact]
    public void A_boxed_value_in_a_frame_register_crosses_the_label_unboxed_and_guards_describe_it()
    {
        PeelsWithDefaultPipeline("""
            [r0]
            r1 = getfield(r0, descr=Frame.slot)
            guard_class(r1, descr=W_Int) [M@1 locals(r0)]
            l2 = getfield(r1, descr=W_Int.value)
            l3 = long_add(l2, 1L)
            r4 = new(descr=W_Int)
            setfield(r4, l3, descr=W_Int.value)
            setfield(r0, r4, descr=Frame.slot)
            i5 = long_lt(l3, 100L)
            guard_true(i5) [M@2 locals(r0)]
            jump(r0)
            """, """
            [r0]
            r1 = getfield(r0, descr=Frame.slot)
            guard_class(r1, descr=W_Int) [M@1 locals(r0)]
            l2 = getfield(r1, descr=W_Int.value)
            l3 = long_add(l2, 1L)
            i5 = long_lt(l3, 100L)
            guard_true(i5) [M@2 locals(r0)] writes[setfield(r0, v0, descr=Frame.slot)] {v0 = W_Int(W_Int.value=l3)}
            l6 = same_as(l3)
            label(l6, r0, descr=Loop)
            l7 = long_add(l6, 1L)
            i8 = long_lt(l7, 100L)
            guard_true(i8) [M@2 locals(r0)] writes[setfield(r0, v0, descr=Frame.slot)] {v0 = W_Int(W_Int.value=l7)}
            jump(l7, r0, descr=Loop)
            """);
    }

    [Fact]
    public void A_virtual_that_escapes_in_the_body_is_allocated_where_it_escapes()
    {
        PeelsWithDefaultPipeline("""
            [r0]
            l1 = getfield(r0, descr=W_Int.value)
            call(r0, descr=Show)
            l2 = long_add(l1, 1L)
            r3 = new(descr=W_Int)
            setfield(r3, l2, descr=W_Int.value)
            jump(r3)
            """, """
            [r0]
            l1 = getfield(r0, descr=W_Int.value)
            call(r0, descr=Show)
            l2 = long_add(l1, 1L)
            l3 = same_as(l2)
            label(l3, descr=Loop)
            r4 = new(descr=W_Int)
            setfield(r4, l3, descr=W_Int.value)
            call(r4, descr=Show)
            l5 = long_add(l3, 1L)
            jump(l5, descr=Loop)
            """);
    }

    /// <summary>A pass for the test below: in the loop body, the value jumped back escapes into a call just before the jump.</summary>
    private sealed class EscapeBeforeTheBodysJump : OptimizationPass
    {
        private static readonly Descr Show = TraceParser.Parse(Boxes + "\n[r0]\ncall(r0, descr=Show)\nfinish()").Operations[0].Descr!;
        private bool _inBody;

        public override void EnterLoopBody(Func<Value, bool> isInvariant) => _inBody = true;

        public override void Propagate(Operation op)
        {
            if (_inBody && op.Opcode == Opcode.Jump && op.Descr is null)
            {
                EmitNext(new Operation(Opcode.Call, [op.Operands[0]], Show));
            }
            EmitNext(op);
        }
    }

    [Fact]
    public void When_the_bodys_jump_cannot_bring_the_virtuals_of_the_label_they_are_allocated_at_the_header()
    {
        var trace = TraceParser.Parse(Boxes + """

            [r0]
            l1 = getfield(r0, descr=W_Int.value)
            l2 = long_add(l1, 1L)
            r3 = new(descr=W_Int)
            setfield(r3, l2, descr=W_Int.value)
            jump(r3)
            """);
        Func<OptimizationPass>[] pipeline = [() => new Virtualizable(), () => new EscapeBeforeTheBodysJump(), () => new Virtuals(), () => new HeapCache(), () => new PureOperations()];
        var peeled = LoopPeeling.Peel(trace, pipeline);
        var expected = TraceParser.Parse(Boxes + """

            [r0]
            l1 = getfield(r0, descr=W_Int.value)
            l2 = long_add(l1, 1L)
            r3 = new(descr=W_Int)
            setfield(r3, l2, descr=W_Int.value)
            r4 = same_as(r3)
            label(r4, descr=Loop)
            l5 = getfield(r4, descr=W_Int.value)
            l6 = long_add(l5, 1L)
            r7 = new(descr=W_Int)
            setfield(r7, l6, descr=W_Int.value)
            call(r7, descr=Show)
            jump(r7, descr=Loop)
            """);
        var difference = TraceEquality.FirstDifference(peeled.Trace, expected);
        Assert.True(difference is null, $"{difference}\n--- actual ---\n{TracePrinter.Print(peeled.Trace)}");
        Assert.NotNull(peeled.ShortPreamble);
    }
}
