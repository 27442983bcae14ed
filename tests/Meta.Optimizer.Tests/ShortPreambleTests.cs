using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests;

/// <summary>
/// Loop peeling's short preamble, as trace text: a loop in, the short preamble out (the body's
/// label is <c>Loop</c>; the short preamble's guards resume at <c>LoopEntry</c>).
/// </summary>
public sealed class ShortPreambleTests
{
    private const string Declarations = """
        class W_Int
        field W_Int.value: i64 immutable
        field W_Int.next: ref
        call Helpers.Square(i32) -> i32 [elidable, can_raise, reads(), writes()]
        """;

    private static void HasShortPreamble(string loop, string expected, IReadOnlyList<Func<OptimizationPass>>? pipeline = null)
    {
        var input = TraceParser.Parse(Declarations + "\n" + loop);
        var peeled = LoopPeeling.Peel(input, pipeline ?? Pipeline.Default);
        Assert.NotNull(peeled.ShortPreamble);
        var actual = peeled.ShortPreamble!;
        var wanted = TraceParser.Parse(Declarations + "\n" + expected);
        var difference = TraceEquality.FirstDifference(actual, wanted);
        Assert.True(difference is null,
            $"{difference}\n--- expected ---\n{TracePrinter.Print(wanted)}--- actual ---\n{TracePrinter.Print(actual)}--- loop ---\n{TracePrinter.Print(peeled.Trace)}");
    }

    [Fact]
    public void Recomputes_an_invariant_value_the_body_uses_and_passes_the_varying_ones()
    {
        HasShortPreamble("""
            [i0, i1]
            i2 = int_mul(i1, 4)
            i3 = int_add(i0, i2)
            jump(i3, i1)
            """, """
            target Loop(i32, i32)
            [i0, i1]
            i2 = int_mul(i1, 4)
            jump(i0, i2, descr=Loop)
            """);
    }

    [Fact]
    public void Repeats_a_guard_on_an_invariant_input_and_the_immutable_read_it_protects()
    {
        HasShortPreamble("""
            [r0, l1]
            guard_class(r0, descr=W_Int) [M@1 locals(r0, l1)]
            l2 = getfield(r0, descr=W_Int.value)
            l3 = long_add(l1, l2)
            jump(r0, l3)
            """, """
            target Loop(i64, i64)
            [r0, l1]
            guard_class(r0, descr=W_Int) [LoopEntry@0 locals(r0, l1)]
            l2 = getfield(r0, descr=W_Int.value)
            jump(l1, l2, descr=Loop)
            """);
    }

    [Fact]
    public void Does_not_repeat_what_is_computed_from_varying_values_or_mutable_memory()
    {
        HasShortPreamble("""
            [r0, i1]
            r2 = getfield(r0, descr=W_Int.next)
            guard_nonnull(r2) [M@1 locals(r0, i1)]
            i3 = int_add(i1, 1)
            i4 = int_lt(i3, 100)
            guard_true(i4) [M@2 locals(r0, i3)]
            jump(r0, i3)
            """, """
            target Loop(i32, ref)
            [r0, i1]
            jump(i1, r0, descr=Loop)
            """);
    }

    [Fact]
    public void Checks_a_bound_of_an_invariant_value_learned_from_a_varying_one()
    {
        // i1 < i0 with i1 >= 0 known makes i0 >= 1 in the preamble; the body relies on it, and a
        // bridge arriving with another i0 must check it.
        HasShortPreamble("""
            [i0, i1]
            i2 = int_ge(i1, 0)
            guard_true(i2) [M@1 locals(i0, i1)]
            i3 = int_lt(i1, i0)
            guard_true(i3) [M@2 locals(i0, i1)]
            i4 = int_sub(i0, 1)
            i5 = int_add(i1, 1)
            jump(i0, i5)
            """, """
            target Loop(i32, i32)
            [i0, i1]
            i2 = int_ge(i0, 1)
            guard_true(i2) [LoopEntry@0 locals(i0, i1)]
            jump(i1, i0, descr=Loop)
            """);
    }

    [Fact]
    public void Repeats_an_elidable_call_with_its_exception_check()
    {
        HasShortPreamble("""
            [i0, i1]
            i2 = call_pure(i0, descr=Helpers.Square)
            guard_no_exception() [M@1 locals(i0, i1)]
            i3 = int_add(i1, i2)
            jump(i0, i3)
            """, """
            target Loop(i32, i32)
            [i0, i1]
            i2 = call_pure(i0, descr=Helpers.Square)
            guard_no_exception() [LoopEntry@0 locals(i0, i1)]
            jump(i1, i2, descr=Loop)
            """);
    }

    [Fact]
    public void Repeats_guard_value_on_an_invariant_input_that_the_body_then_sees_as_a_constant()
    {
        HasShortPreamble("""
            [i0, i1]
            guard_value(i0, 7) [M@1 locals(i0, i1)]
            i2 = int_add(i1, i0)
            jump(i0, i2)
            """, """
            target Loop(i32)
            [i0, i1]
            guard_value(i0, 7) [LoopEntry@0 locals(i0, i1)]
            jump(i1, descr=Loop)
            """);
    }

    [Fact]
    public void A_trace_that_is_not_a_loop_has_none()
    {
        var trace = TraceParser.Parse("""
            [i0]
            i1 = int_add(i0, 1)
            finish(i1)
            """);
        Assert.Null(LoopPeeling.Peel(trace, Pipeline.Default).ShortPreamble);
    }

    [Fact]
    public void Its_guards_are_removed_in_a_bridge_that_already_knows()
    {
        var loop = LoopPeeling.Peel(TraceParser.Parse(Declarations + """

            [r0, l1]
            guard_class(r0, descr=W_Int) [M@1 locals(r0, l1)]
            l2 = getfield(r0, descr=W_Int.value)
            l3 = long_add(l1, l2)
            jump(r0, l3)
            """), Pipeline.Default);
        var shortPreamble = loop.ShortPreamble!;
        // A bridge that allocated the object itself: its class is known, the guard goes.
        var bridge = new List<Operation>();
        var input = new Input(ValueKind.I64);
        var allocation = new Operation(Opcode.New, [], shortPreamble.Operations[0].Descr);
        bridge.Add(allocation);
        bridge.Add(new Operation(Opcode.SetField, [allocation, Constant.Long(5)], shortPreamble.Operations[1].Descr));
        var names = new Dictionary<Value, Value> { [shortPreamble.Inputs[0]] = allocation, [shortPreamble.Inputs[1]] = input };
        foreach (var op in shortPreamble.Operations)
        {
            var copy = ValueMapping.Map(op, value => names.GetValueOrDefault(value, value));
            names[op] = copy;
            bridge.Add(copy);
        }
        var optimized = Optimizer.Optimize(new Trace([input], bridge), Pipeline.Default);
        Assert.DoesNotContain(optimized.Operations, op => op.IsGuard);
        Assert.Equal("jump(l0, 5L, descr=Loop)", TracePrinter.Print(optimized).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    private const string Frame = """
        field Frame.pc: i32 virtualizable
        field Frame.locals: ref immutable virtualizable
        array Frame.values: i64 virtualizable
        """;

    [Fact]
    public void Frame_fields_stay_in_registers_across_iterations_and_the_short_preamble_reads_them()
    {
        var loop = TraceParser.Parse(Frame + """

            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = int_add(i1, 1)
            setfield(r0, i2, descr=Frame.pc)
            r3 = getfield(r0, descr=Frame.locals)
            l4 = getarrayitem(r3, 0, descr=Frame.values)
            l5 = long_add(l4, 3L)
            setarrayitem(r3, 0, l5, descr=Frame.values)
            i6 = int_lt(i2, 100)
            guard_true(i6) [M@1 locals(r0)]
            jump(r0)
            """);
        var peeled = LoopPeeling.Peel(loop, Pipeline.Default);
        var expected = TraceParser.Parse(Frame + """

            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            i2 = int_add(i1, 1)
            r3 = getfield(r0, descr=Frame.locals)
            l4 = getarrayitem(r3, 0, descr=Frame.values)
            l5 = long_add(l4, 3L)
            i6 = int_lt(i2, 100)
            guard_true(i6) [M@1 locals(r0)] writes[setfield(r0, i2, descr=Frame.pc), setarrayitem(r3, 0, l5, descr=Frame.values)]
            i7 = same_as(i2)
            l8 = same_as(l5)
            label(i7, l8, r0, r3, descr=Loop)
            i9 = int_add(i7, 1)
            l10 = long_add(l8, 3L)
            i11 = int_lt(i9, 100)
            guard_true(i11) [M@1 locals(r0)] writes[setfield(r0, i9, descr=Frame.pc), setarrayitem(r3, 0, l10, descr=Frame.values)]
            jump(i9, l10, r0, r3, descr=Loop)
            """);
        var difference = TraceEquality.FirstDifference(peeled.Trace, expected);
        Assert.True(difference is null, $"{difference}\n--- expected ---\n{TracePrinter.Print(expected)}--- actual ---\n{TracePrinter.Print(peeled.Trace)}");
        Assert.Equal("""
            target Loop(i32, i64, ref, ref)
            [r0]
            r1 = getfield(r0, descr=Frame.locals)
            i2 = getfield(r0, descr=Frame.pc)
            l3 = getarrayitem(r1, 0, descr=Frame.values)
            jump(i2, l3, r0, r1, descr=Loop)

            """.Replace("\r", "", StringComparison.Ordinal), string.Join("\n", TracePrinter.Print(peeled.ShortPreamble!).Split('\n').Where(line => !line.StartsWith("field", StringComparison.Ordinal) && !line.StartsWith("array", StringComparison.Ordinal))));
        Assert.Equal(2, peeled.StateAtLabel!.PendingWrites.Count);
    }
}
