namespace Meta.Translator.Tests.Twins;

/// <summary>
/// Each opcode family: the twin computes what the original computes, and records the trace
/// that RPython's meta-interpreter would record for the same operations.
/// </summary>
public sealed class TwinFamilyTests
{
    private static TranslatedFixture Fixture => TranslatedFixture.Get("TwinOps");

    private static string Trace(string method, params object?[] arguments)
    {
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", method, arguments);
        Assert.Equal(outcome.Original, outcome.Twin);
        return outcome.Trace;
    }

    private static object New(string type, params object[] arguments) => Activator.CreateInstance(Fixture.Type(type), arguments)!;

    [Fact]
    public void Int32_arithmetic_records_pure_operations()
    {
        Assert.Equal("""
            [i0, i1]
            i2 = int_add(i0, i1)
            i3 = int_sub(i0, i1)
            i4 = int_mul(i2, i3)
            i5 = int_shl(i0, 2)
            i6 = int_xor(i4, i5)
            finish(i6)
            """, Trace("Arith", 7, 3));
    }

    [Fact]
    public void Int64_arithmetic_and_widening()
    {
        Assert.Equal("""
            [l0, i1]
            l2 = int_to_long(i1)
            l3 = long_mul(l0, l2)
            l4 = long_shr(l0, 3)
            l5 = long_add(l3, l4)
            finish(l5)
            """, Trace("Longs", 100L, 3));
    }

    [Fact]
    public void Double_arithmetic()
    {
        Assert.Equal("""
            [f0, f1]
            f2 = float_mul(f0, f1)
            f3 = float_div(f0, 2.0)
            f4 = float_sub(f2, f3)
            finish(f4)
            """, Trace("Floats", 2.5, 4.0));
    }

    [Fact]
    public void Operations_on_constants_fold()
    {
        // 6 * 7 is computed by the twin and never recorded: only the add of the input remains.
        Assert.Equal("""
            [i0]
            i1 = int_add(42, i0)
            finish(i1)
            """, Trace("Folded", 1));
        Assert.Equal("""
            []
            finish(43)
            """, Trace("Folded", new TwinRun.Known(1)));
    }

    [Fact]
    public void Conversions_between_kinds()
    {
        Assert.Equal("""
            [l0, f1]
            i2 = long_to_int(l0)
            i3 = float_to_int(f1)
            i4 = int_add(i2, i3)
            i5 = long_to_int(l0)
            i6 = int_and(i5, 255)
            i7 = int_add(i4, i6)
            f8 = long_to_float(l0)
            f9 = float_mul(f8, 2.0)
            i10 = float_to_int(f9)
            i11 = int_add(i7, i10)
            finish(i11)
            """, Trace("Conversions", 300L, 2.5));
    }

    [Fact]
    public void Sign_extension_shifts_left_then_right()
    {
        Assert.Equal("""
            [i0]
            i1 = int_shl(i0, 24)
            i2 = int_shr(i1, 24)
            i3 = int_shl(i0, 16)
            i4 = int_shr(i3, 16)
            i5 = int_add(i2, i4)
            finish(i5)
            """, Trace("SignExtend", 0x1234_FF80));
        Assert.Equal("""
            []
            finish(32512)
            """, Trace("SignExtend", new TwinRun.Known(0x1_7F80)));
    }

    [Fact]
    public void A_branch_on_a_comparison_guards_with_the_frame_at_the_branch()
    {
        // The resume frame is at the branch (IL offset 3) with both operands on the stack, so the
        // interpreter re-executes the comparison after a failing guard; a is live (read after).
        Assert.Equal("""
            [i0]
            i1 = int_lt(i0, 10)
            guard_true(i1) [Ops.Compare@3 locals(i0) stack(i0, 10)]
            i2 = int_add(i0, 1)
            finish(i2)
            """, Trace("Compare", 5));
        Assert.Equal("""
            [i0]
            i1 = int_lt(i0, 10)
            guard_false(i1) [Ops.Compare@3 locals(i0) stack(i0, 10)]
            i2 = int_sub(i0, 1)
            finish(i2)
            """, Trace("Compare", 50));
        Assert.Equal("""
            []
            finish(6)
            """, Trace("Compare", new TwinRun.Known(5)));
    }

    [Fact]
    public void A_branch_on_doubles_keeps_the_unordered_semantics()
    {
        // C# compiles x < 1.5 ? 1 : 2 to bge.un: taken unless x < 1.5 holds (NaN takes it).
        Assert.Equal("""
            [f0]
            i1 = float_lt(f0, 1.5)
            guard_true(i1) [Ops.FloatCompare@10 locals(-) stack(f0, 1.5)]
            finish(1)
            """, Trace("FloatCompare", 0.5));
        Assert.Equal("""
            [f0]
            i1 = float_lt(f0, 1.5)
            guard_false(i1) [Ops.FloatCompare@10 locals(-) stack(f0, 1.5)]
            finish(2)
            """, Trace("FloatCompare", double.NaN));
    }

    [Fact]
    public void Overflow_checked_arithmetic_records_the_overflow_guard()
    {
        Assert.Equal("""
            [i0, i1]
            i2 = int_add_ovf(i0, i1)
            guard_no_overflow() [Ops.Checked@2 locals(-, -) stack(i0, i1)]
            finish(i2)
            """, Trace("Checked", 1, 2));
        Assert.Equal("""
            [i0]
            i1 = int_mul_ovf(i0, 1000)
            guard_no_overflow() [Ops.Overflowing@6 locals(-) stack(i0, 1000)]
            finish(i1)
            """, Trace("Overflowing", 5));
    }

    [Fact]
    public void Overflow_is_recorded_then_thrown_as_the_original_throws()
    {
        var original = Assert.Throws<System.Reflection.TargetInvocationException>(() => Fixture.Method("Twins.Ops", "Checked").Invoke(null, [int.MaxValue, 1]));
        Assert.IsType<OverflowException>(original.InnerException);
        var recorder = new Meta.Tracing.Recording.Recorder(100);
        var context = new Meta.Tracing.Recording.TraceContext(recorder);
        var twin = Assert.Throws<System.Reflection.TargetInvocationException>(() => Fixture.Method("Twins.Ops", "Checked$trace").Invoke(null,
            [int.MaxValue, 1, context, new Meta.Tracing.IR.Value[] { recorder.Input(Meta.Tracing.IR.ValueKind.I32), recorder.Input(Meta.Tracing.IR.ValueKind.I32) }]));
        Assert.IsType<OverflowException>(twin.InnerException);
        Assert.Equal([Meta.Tracing.IR.Opcode.IntAddOvf, Meta.Tracing.IR.Opcode.GuardOverflow, Meta.Tracing.IR.Opcode.New], recorder.Operations.Select(o => o.Opcode));
    }

    [Fact]
    public void Field_reads_and_writes()
    {
        Assert.Equal("""
            field Cell.Value: i32
            field Cell.Fixed: i32 immutable
            [r0, i1]
            i2 = getfield(r0, descr=Cell.Value)
            i3 = int_add(i2, i1)
            setfield(r0, i3, descr=Cell.Value)
            i4 = getfield(r0, descr=Cell.Value)
            i5 = getfield(r0, descr=Cell.Fixed)
            i6 = int_add(i4, i5)
            finish(i6)
            """, Trace("ReadWrite", new TwinRun.Fresh(() => New("Twins.Cell", 5, 7)), 1));
    }

    [Fact]
    public void A_readonly_field_of_a_constant_object_is_a_constant()
    {
        Assert.Equal("""
            field Cell.Value: i32
            [i0]
            i1 = getfield($obj1, descr=Cell.Value)
            i2 = int_add(i1, i0)
            setfield($obj1, i2, descr=Cell.Value)
            i3 = getfield($obj1, descr=Cell.Value)
            i4 = int_add(i3, 7)
            finish(i4)
            """, Trace("ReadWrite", new TwinRun.Known(new TwinRun.Fresh(() => New("Twins.Cell", 5, 7))), 1));
    }

    [Fact]
    public void Static_fields()
    {
        var counter = Fixture.Type("Twins.Ops").GetField("Counter")!;
        counter.SetValue(null, 0);
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", "Bump");
        Assert.Equal(1, outcome.Original);
        Assert.Equal(2, outcome.Twin); // the twin ran second on the same static field
        Assert.Equal("""
            field Ops.Counter: i32 static
            []
            i0 = getstatic(descr=Ops.Counter)
            i1 = int_add(i0, 1)
            setstatic(i1, descr=Ops.Counter)
            i2 = getstatic(descr=Ops.Counter)
            finish(i2)
            """, outcome.Trace);
    }

    [Fact]
    public void A_null_test_guards_isnull_or_nonnull()
    {
        Assert.Equal("""
            [r0]
            guard_isnull(r0) [Ops.NullCheck@1 locals(r0) stack(r0)]
            finish(0)
            """, Trace("NullCheck", (object?)null));
        Assert.Equal("""
            field Cell.Value: i32
            [r0]
            guard_nonnull(r0) [Ops.NullCheck@1 locals(r0) stack(r0)]
            i1 = getfield(r0, descr=Cell.Value)
            finish(i1)
            """, Trace("NullCheck", New("Twins.Cell", 5, 7)));
    }

    [Fact]
    public void Arrays()
    {
        Assert.Equal("""
            array Int32Array: i32
            [r0]
            i1 = getarrayitem(r0, 1, descr=Int32Array)
            i2 = arraylen(r0)
            i3 = int_add(i1, i2)
            setarrayitem(r0, 0, i3, descr=Int32Array)
            i4 = getarrayitem(r0, 0, descr=Int32Array)
            finish(i4)
            """, Trace("Arrays", new[] { 1, 2, 3 }));
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", "NewArray", 4);
        Assert.Equal(4, ((int[])outcome.Twin!).Length);
        Assert.Equal("""
            array Int32Array: i32
            [i0]
            r1 = new_array(i0, descr=Int32Array)
            finish(r1)
            """, outcome.Trace);
    }

    [Fact]
    public void An_inlined_call_has_the_callers_frame_in_its_resume_data()
    {
        // The caller's frame resumes after the call (offset 6) with the call's arguments popped;
        // Outer does not read a again, so its slot is dead (-). Inner reads a after the branch.
        Assert.Equal("""
            [i0]
            i1 = int_gt(i0, 0)
            guard_true(i1) [Ops.Outer@6 locals(-); Ops.Inner@2 locals(i0) stack(i0, 0)]
            i2 = int_mul(i0, 2)
            finish(i2)
            """, Trace("Outer", 5));
    }

    [Fact]
    public void A_call_the_jit_does_not_look_inside_is_residual()
    {
        Assert.Equal("""
            call Ops.Opaque(i32) -> i32 [can_raise, forces, reads(*), writes(*)]
            [i0]
            i1 = call_may_force(i0, descr=Ops.Opaque)
            guard_no_exception() [Ops.CallsOpaque@6 locals(-) stack(i1)]
            i2 = int_add(i1, 1)
            finish(i2)
            """, Trace("CallsOpaque", 5));
    }

    [Fact]
    public void A_method_without_a_twin_is_called_residually()
    {
        Assert.Equal("""
            call Ops.Days(i32) -> i32 [can_raise, forces, reads(*), writes(*)]
            [i0]
            i1 = call_may_force(i0, descr=Ops.Days)
            guard_no_exception() [Ops.CallsDays@6 locals(-) stack(i1)]
            i2 = int_add(i1, 1)
            finish(i2)
            """, Trace("CallsDays", 5));
    }

    [Fact]
    public void A_virtual_call_guards_the_class_and_runs_the_overrides_twin()
    {
        Assert.Equal("""
            class Square
            field Square.Side: i32
            [r0]
            guard_class(r0, descr=Square) [Ops.AreaOf@1 locals(-) stack(r0)]
            i1 = getfield(r0, descr=Square.Side)
            i2 = getfield(r0, descr=Square.Side)
            i3 = int_mul(i1, i2)
            i4 = int_add(i3, 1)
            finish(i4)
            """, Trace("AreaOf", Square(3)));
        var rectangle = New("Twins.Rectangle");
        rectangle.GetType().GetField("Width")!.SetValue(rectangle, 2);
        rectangle.GetType().GetField("Height")!.SetValue(rectangle, 5);
        Assert.Equal("""
            class Rectangle
            field Rectangle.Width: i32
            field Rectangle.Height: i32
            [r0]
            guard_class(r0, descr=Rectangle) [Ops.AreaOf@1 locals(-) stack(r0)]
            i1 = getfield(r0, descr=Rectangle.Width)
            i2 = getfield(r0, descr=Rectangle.Height)
            i3 = int_mul(i1, i2)
            i4 = int_add(i3, 1)
            finish(i4)
            """, Trace("AreaOf", rectangle));
    }

    [Fact]
    public void A_virtual_call_with_an_override_without_twin_is_residual()
    {
        var leaf = New("Twins.Leaf");
        leaf.GetType().GetField("V")!.SetValue(leaf, 4);
        Assert.Equal("""
            call Node.Eval(ref) -> i32 [can_raise, forces, reads(*), writes(*)]
            [r0]
            i1 = call_may_force(r0, descr=Node.Eval)
            guard_no_exception() [Ops.EvalOf@6 locals(-) stack(i1)]
            i2 = int_add(i1, 1)
            finish(i2)
            """, Trace("EvalOf", leaf));
    }

    [Fact]
    public void A_type_test_guards_nullness_and_class()
    {
        // The brtrue on the result guards it again: the trace keeps what the twin recorded; the
        // optimizer's guard elimination removes the repeated guard_nonnull.
        Assert.Equal("""
            class Square
            [r0]
            guard_nonnull(r0) [Ops.IsSquare@1 locals(-) stack(r0)]
            guard_class(r0, descr=Square) [Ops.IsSquare@1 locals(-) stack(r0)]
            guard_nonnull(r0) [Ops.IsSquare@6 locals(-) stack(r0)]
            finish(1)
            """, Trace("IsSquare", Square(2)));
        Assert.Equal("""
            class Rectangle
            [r0]
            guard_nonnull(r0) [Ops.IsSquare@1 locals(-) stack(r0)]
            guard_class(r0, descr=Rectangle) [Ops.IsSquare@1 locals(-) stack(r0)]
            finish(2)
            """, Trace("IsSquare", New("Twins.Rectangle")));
        Assert.Equal("""
            [r0]
            guard_isnull(r0) [Ops.IsSquare@1 locals(-) stack(r0)]
            finish(2)
            """, Trace("IsSquare", (object?)null));
    }

    private static object Square(int side)
    {
        var square = New("Twins.Square");
        square.GetType().GetField("Side")!.SetValue(square, side);
        return square;
    }

    [Fact]
    public void Promote_makes_a_constant_behind_guard_value()
    {
        Assert.Equal("""
            [i0]
            guard_value(i0, 5) [Ops.Promoted@1 locals(-) stack(i0)]
            finish(6)
            """, Trace("Promoted", 5));
    }

    [Fact]
    public void Assert_green_aborts_tracing_on_a_value_that_is_not_constant()
    {
        Assert.Equal("""
            []
            finish(10)
            """, Trace("Green", new TwinRun.Known(5)));
        var aborted = Assert.Throws<System.Reflection.TargetInvocationException>(() => Trace("Green", 5));
        var reason = Assert.IsType<Meta.Tracing.Recording.TraceAbortedException>(aborted.InnerException);
        Assert.Equal(Meta.Tracing.Recording.AbortReason.Unsupported, reason.Reason);
        Assert.Contains("AssertGreen at Ops.Green@", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void We_are_jitted_and_is_constant_are_known_while_tracing()
    {
        // The original runs uninstrumented (WeAreJitted is false there); the twin is tracing code.
        Assert.Equal(3, TwinRun.Run(Fixture, "Twins.Ops", "Jitted", 5).Original);
        var input = TwinRun.Run(Fixture, "Twins.Ops", "Jitted", 5);
        Assert.Equal(2, input.Twin);
        Assert.Equal("""
            [i0]
            finish(2)
            """, input.Trace);
        var constant = TwinRun.Run(Fixture, "Twins.Ops", "Jitted", new TwinRun.Known(5));
        Assert.Equal(1, constant.Twin);
    }

    [Fact]
    public void A_new_object_runs_the_constructors_twin()
    {
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", "MakeCell", 5);
        var value = Fixture.Type("Twins.Cell").GetField("Value")!;
        var fixedValue = Fixture.Type("Twins.Cell").GetField("Fixed")!;
        Assert.Equal(value.GetValue(outcome.Original), value.GetValue(outcome.Twin));
        Assert.Equal(fixedValue.GetValue(outcome.Original), fixedValue.GetValue(outcome.Twin));
        Assert.Equal("""
            class Cell
            field Cell.Value: i32
            field Cell.Fixed: i32 immutable
            [i0]
            r1 = new(descr=Cell)
            setfield(r1, i0, descr=Cell.Value)
            setfield(r1, 1, descr=Cell.Fixed)
            finish(r1)
            """, outcome.Trace);
    }

    [Fact]
    public void A_switch_guards_the_selectors_value()
    {
        Assert.Equal("""
            [i0]
            guard_value(i0, 1) [Ops.Switch@1 locals(-) stack(i0)]
            finish(20)
            """, Trace("Switch", 1));
    }

    [Fact]
    public void Arithmetic_without_a_trace_operation_is_a_pure_call_of_a_helper()
    {
        Assert.Equal("""
            call ResidualArithmetic.UnsignedDivide(i32, i32) -> i32 [elidable, can_raise, reads(), writes()]
            [i0]
            i1 = call_pure(i0, 3, descr=ResidualArithmetic.UnsignedDivide)
            guard_no_exception() [Ops.Unsigned@2 locals(-) stack(i0, 3)]
            finish(i1)
            """, Trace("Unsigned", -7));
        Assert.Equal("""
            []
            finish(1431655763)
            """, Trace("Unsigned", new TwinRun.Known(-7)));
        Assert.Equal("""
            call ResidualArithmetic.Remainder(f64, f64) -> f64 [elidable, can_raise, reads(), writes()]
            [f0]
            f1 = call_pure(f0, 2.5, descr=ResidualArithmetic.Remainder)
            guard_no_exception() [Ops.FloatRemainder@10 locals(-) stack(f0, 2.5)]
            finish(f1)
            """, Trace("FloatRemainder", 7.5));
    }

    [Fact]
    public void A_long_index_is_narrowed_behind_a_guard()
    {
        Assert.Equal("""
            array Int32Array: i32
            [r0, l1]
            i2 = long_to_int(l1)
            l3 = int_to_long(i2)
            i4 = long_eq(l3, l1)
            guard_true(i4) [Ops.ItemAt@2 locals(-, -) stack(r0, l1)]
            i5 = getarrayitem(r0, i2, descr=Int32Array)
            finish(i5)
            """, Trace("ItemAt", new[] { 4, 5, 6 }, 2L));
    }

    [Fact]
    public void A_primitive_structs_method_on_an_address_is_called_with_the_value()
    {
        Assert.Equal("""
            call `Ops.Int32$CompareTo`(i32, i32) -> i32 [can_raise, forces, reads(*), writes(*)]
            [i0]
            i1 = call_may_force(i0, 3, descr=`Ops.Int32$CompareTo`)
            guard_no_exception() [Ops.Compared@8 locals(-) stack(i1)]
            finish(i1)
            """, Trace("Compared", 5));
        var cell = Fixture.Type("Twins.Cell");
        Assert.Equal("""
            field Cell.Value: i32
            call `Ops.Int32$CompareTo`(i32, i32) -> i32 [can_raise, forces, reads(*), writes(*)]
            [r0]
            i1 = getfield(r0, descr=Cell.Value)
            i2 = call_may_force(i1, 3, descr=`Ops.Int32$CompareTo`)
            guard_no_exception() [Ops.FieldCompared@12 locals(-) stack(i2)]
            finish(i2)
            """, Trace("FieldCompared", new TwinRun.Fresh(() => Activator.CreateInstance(cell, 1, 2)!)));
        Assert.Equal("""
            call `Ops.Char$ToString`(i32) -> ref [can_raise, forces, reads(*), writes(*)]
            [l0]
            i1 = long_to_int(l0)
            i2 = int_and(i1, 65535)
            r3 = call_may_force(i2, descr=`Ops.Char$ToString`)
            guard_no_exception() [Ops.CharOf@10 locals(-, -) stack(r3)]
            finish(r3)
            """, Trace("CharOf", 65L));
    }

    [Fact]
    public void An_unordered_comparison_of_doubles_negates_the_ordered_one()
    {
        Assert.Equal("""
            [f0, f1]
            i2 = float_le(f0, f1)
            i3 = int_xor(i2, 1)
            finish(i3)
            """, Trace("NotAtMost", 3.0, 1.5));
        Assert.True((bool)TwinRun.Run(Fixture, "Twins.Ops", "NotAtMost", double.NaN, 1.5).Twin!);
    }
}
