using Meta.Tracing.Execution;
using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

public class CallTests
{
    [Fact]
    public void Pure_and_instance_calls_return_their_results()
    {
        var exit = Differential.Run(TestWorld.Parse("""
            [i0, r1, r2]
            i3 = call_pure(i0, 2, descr=mix)
            f4 = call_pure(1.5, 4L, descr=scale)
            l5 = call(r1, descr=Box.Sum)
            i6 = call(r2, descr=Box.Kind)
            i7 = call_may_force(i0, descr=is_odd)
            r8 = call(r1, 1, descr=pick)
            finish(i3, f4, l5, i6, i7, r8)
            """), () => [Int(3), Ref(new Box { I = 2, L = 40, R = "picked" }), Ref(new SubBox())]);
        Assert.Equal([Int(Helpers.Mix(3, 2)), Float(6.0), Long(42), Int(2), Int(1)], exit.Values.Take(5));
        Assert.Equal("picked", exit.Values[5].AsRef);
    }

    [Fact]
    public void A_void_call_has_its_side_effect()
    {
        Differential.Run(TestWorld.Parse("""
            [r0]
            call(r0, descr=bump)
            call(r0, descr=bump)
            i1 = getfield(r0, descr=Box.i)
            guard_value(i1, 12) [Interp.Bump@0 locals(r0, i1)]
            finish(i1)
            """), () => [Ref(new Box { I = 10 })]);
    }

    [Fact]
    public void A_raising_call_fails_guard_no_exception_and_keeps_the_exception()
    {
        var trace = TestWorld.Parse("""
            [i0, i1]
            i2 = call(i0, i1, descr=divide)
            guard_no_exception() [Interp.Div@4 locals(i0, i1)]
            finish(i2)
            """);
        var raised = Differential.Run(trace, () => [Int(7), Int(0)]);
        Assert.Equal(ExitKind.Guard, raised.Kind);
        Assert.IsType<DivideByZeroException>(raised.PendingException);
        Assert.Equal([Int(7), Int(0)], raised.Values);
        var normal = Differential.Run(trace, () => [Int(7), Int(2)]);
        Assert.Equal([Int(3)], normal.Values);
        Assert.Null(normal.PendingException);
    }

    [Fact]
    public void Guard_exception_takes_an_exception_of_exactly_its_class()
    {
        var trace = TestWorld.Parse("""
            [i0]
            l1 = call(i0, descr=raise)
            r2 = guard_exception(descr=TestError) [Interp.Raise@2 locals(i0)]
            finish(r2)
            """);
        var caught = Differential.Run(trace, () => [Int(1)]);
        Assert.Equal(ExitKind.Finish, caught.Kind);
        Assert.Equal("code 1", Assert.IsType<TestError>(caught.Values[0].AsRef).Message);
        Assert.Null(caught.PendingException);
        var other = Differential.Run(trace, () => [Int(2)]);
        Assert.Equal(ExitKind.Guard, other.Kind);
        Assert.IsType<InvalidOperationException>(other.PendingException);
        var none = Differential.Run(trace, () => [Int(5)]);
        Assert.Equal(ExitKind.Guard, none.Kind);
        Assert.Null(none.PendingException);
    }

    [Fact]
    public void A_call_that_cannot_raise_lets_its_exception_escape()
    {
        // Effect info says the call cannot raise, so no handler is emitted: a violated promise
        // surfaces instead of being turned into trace state.
        var descr = new Meta.Tracing.IR.CallDescr("divide_nothrow", [Meta.Tracing.IR.ValueKind.I32, Meta.Tracing.IR.ValueKind.I32], Meta.Tracing.IR.ValueKind.I32,
            new Meta.Tracing.IR.EffectInfo(false, false, false, Meta.Tracing.IR.EffectSet.None, Meta.Tracing.IR.EffectSet.None))
        { Method = typeof(Helpers).GetMethod(nameof(Helpers.Divide)) };
        var context = TestWorld.Context();
        context.Descrs.Add(descr.Name, descr);
        var trace = Meta.Tracing.Text.TraceParser.Parse("""
            [i0]
            i1 = call(i0, 0, descr=divide_nothrow)
            finish(i1)
            """, context);
        Assert.Throws<DivideByZeroException>(() => Differential.Run(trace, () => [Int(1)]));
    }

    [Fact]
    public void A_failed_call_in_a_loop_does_not_leave_a_stale_result()
    {
        var exit = Differential.Run(TestWorld.Parse("""
            [i0, i1]
            i2 = call(10, i0, descr=divide)
            i3 = int_sub(i0, 1)
            i4 = int_add(i1, 1)
            i5 = int_lt(i4, 3)
            guard_true(i5) [Interp.Loop@1 locals(i2, i3)]
            jump(i3, i4)
            """), () => [Int(2), Int(0)]);
        Assert.Equal(ExitKind.Guard, exit.Kind);
        Assert.Equal([Int(0), Int(-1)], exit.Values);
        Assert.IsType<DivideByZeroException>(exit.PendingException);
    }
}
