using Meta.Tracing.IR;

namespace Meta.Tracing.Tests.IR;

public sealed class VerifierTests
{
    private static readonly ResumeData Here = new([new ResumeFrame("Interp.Run", 4, [], [])]);

    private static IReadOnlyList<TraceProblem> Check(IReadOnlyList<Input> inputs, params Operation[] ops) =>
        TraceVerifier.Check(new Trace(inputs, ops));

    [Fact]
    public void A_well_formed_loop_has_no_problems()
    {
        var i0 = new Input(ValueKind.I32);
        var add = new Operation(Opcode.IntAddOvf, [i0, Constant.Int(1)]);
        var guard = new Operation(Opcode.GuardNoOverflow, [], null, Here);
        Assert.Empty(Check([i0], add, guard, new Operation(Opcode.Jump, [add])));
    }

    [Fact]
    public void A_value_used_before_it_is_defined_is_reported()
    {
        var i0 = new Input(ValueKind.I32);
        var later = new Operation(Opcode.IntNeg, [i0]);
        var early = new Operation(Opcode.IntAdd, [i0, later]);
        var problems = Check([i0], early, later, new Operation(Opcode.Finish, []));
        Assert.Contains(problems, problem => problem.OpIndex == 0 && problem.Message.Contains("not defined before", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_before_a_label_are_not_visible_after_it_unless_carried()
    {
        var i0 = new Input(ValueKind.I32);
        var i1 = new Input(ValueKind.I32);
        var token = new TargetToken("L", [ValueKind.I32]);
        var label = new Operation(Opcode.Label, [i0], token);
        var use = new Operation(Opcode.IntAdd, [i0, i1]);
        var problems = Check([i0, i1], label, use, new Operation(Opcode.Jump, [use], token));
        Assert.Equal([1], problems.Select(problem => problem.OpIndex));
    }

    [Fact]
    public void Guards_need_resume_data_and_other_ops_must_not_have_it()
    {
        var i0 = new Input(ValueKind.I32);
        var problems = Check([i0], new Operation(Opcode.GuardTrue, [i0]), new Operation(Opcode.IntNeg, [i0], null, Here), new Operation(Opcode.Finish, []));
        Assert.Equal([0, 1], problems.Select(problem => problem.OpIndex));
    }

    [Fact]
    public void Descriptors_must_fit_the_operation()
    {
        var r0 = new Input(ValueKind.Ref);
        var staticField = new FieldDescr("Interp.ticks", ValueKind.I64, FieldFlags.Static);
        var problems = Check([r0], new Operation(Opcode.GetField, [r0], staticField), new Operation(Opcode.Finish, []));
        Assert.Contains(problems, problem => problem.Message.Contains("descriptor", StringComparison.Ordinal));
    }

    [Fact]
    public void Jump_arguments_must_match_the_inputs_or_the_target()
    {
        var i0 = new Input(ValueKind.I32);
        Assert.NotEmpty(Check([i0], new Operation(Opcode.Jump, [Constant.Float(1.0)])));
        var token = new TargetToken("Other", [ValueKind.Ref]);
        Assert.NotEmpty(Check([i0], new Operation(Opcode.Jump, [i0], token)));
        Assert.Empty(Check([i0], new Operation(Opcode.Jump, [Constant.Null], token)));
    }

    [Fact]
    public void Guard_value_compares_values_of_one_kind()
    {
        var l0 = new Input(ValueKind.I64);
        Assert.NotEmpty(Check([l0], new Operation(Opcode.GuardValue, [l0, Constant.Int(3)], null, Here), new Operation(Opcode.Finish, [])));
        Assert.Empty(Check([l0], new Operation(Opcode.GuardValue, [l0, Constant.Long(3)], null, Here), new Operation(Opcode.Finish, [])));
    }

    [Fact]
    public void A_trace_ends_with_exactly_one_jump_or_finish()
    {
        var i0 = new Input(ValueKind.I32);
        Assert.NotEmpty(Check([i0]));
        Assert.NotEmpty(Check([i0], new Operation(Opcode.Finish, []), new Operation(Opcode.Finish, [])));
        Assert.Throws<InvalidTraceException>(() => new Trace([i0], [new Operation(Opcode.IntNeg, [i0])]).Verified());
    }
}
