using System.Reflection;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;

namespace Meta.Translator.Tests.Twins;

/// <summary>
/// Exceptions inside twins: thrown and caught inside the trace they are control flow; raised by
/// a residual call they are call + guard_exception; the resume data stays balanced when an
/// exception unwinds inlined twins.
/// </summary>
public sealed class TwinExceptionTests
{
    private static TranslatedFixture Fixture => TranslatedFixture.Get("TwinOps");

    private static string Trace(string method, params object?[] arguments)
    {
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", method, arguments);
        Assert.Equal(outcome.Original, outcome.Twin);
        return outcome.Trace;
    }

    [Fact]
    public void An_exception_thrown_and_caught_inside_the_trace_is_control_flow()
    {
        Assert.Equal("""
            class OpsError
            call `OpsError.Exception$init`(ref, ref) -> void [can_raise, forces, reads(*), writes(*)]
            field OpsError.Code: i32 immutable
            [i0]
            i1 = int_lt(i0, 0)
            guard_true(i1) [Ops.CatchesOwn@6 locals(-, -); Ops.Thrower@2 locals(i0) stack(i0, 0)]
            r2 = new(descr=OpsError)
            call_may_force(r2, "negative", descr=`OpsError.Exception$init`)
            guard_no_exception() [Ops.CatchesOwn@6 locals(-, -); Ops.Thrower@15 locals(-); OpsError..ctor@7 locals(r2, -, i0)]
            setfield(r2, i0, descr=OpsError.Code)
            guard_class(r2, descr=OpsError) [Ops.CatchesOwn@6 locals(-, -); Ops.Thrower@15 locals(-) stack(r2)]
            i3 = getfield(r2, descr=OpsError.Code)
            i4 = int_mul(i3, 2)
            finish(i4)
            """, Trace("CatchesOwn", -3));
    }

    [Fact]
    public void Without_exception_the_try_region_records_nothing_of_its_own()
    {
        Assert.Equal("""
            [i0]
            i1 = int_lt(i0, 0)
            guard_false(i1) [Ops.CatchesOwn@6 locals(-, -); Ops.Thrower@2 locals(i0) stack(i0, 0)]
            i2 = int_add(i0, 1)
            finish(i2)
            """, Trace("CatchesOwn", 3));
    }

    [Fact]
    public void A_finally_runs_in_the_trace()
    {
        var cell = Fixture.Type("Twins.Cell");
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", "WithFinally", new TwinRun.Fresh(() => Activator.CreateInstance(cell, 1, 2)!), 4);
        Assert.Equal(outcome.Original, outcome.Twin);
        Assert.Equal("""
            field Cell.Value: i32
            [r0, i1]
            setfield(r0, i1, descr=Cell.Value)
            i2 = int_mul(i1, 2)
            i3 = getfield(r0, descr=Cell.Value)
            i4 = int_add(i3, 1)
            setfield(r0, i4, descr=Cell.Value)
            finish(i2)
            """, outcome.Trace);
    }

    [Fact]
    public void An_exception_raised_by_a_residual_call_is_call_then_guard_exception()
    {
        Assert.Equal("""
            call Ops.Fails(i32) -> i32 [can_raise, forces, reads(*), writes(*)]
            class InvalidOperationException
            [i0]
            i1 = call_may_force(i0, descr=Ops.Fails)
            r2 = guard_exception(descr=InvalidOperationException) [Ops.CatchesResidual@6 locals(-, -) stack(i1)]
            finish(-1)
            """, Trace("CatchesResidual", 0));
        Assert.Equal("""
            call Ops.Fails(i32) -> i32 [can_raise, forces, reads(*), writes(*)]
            [i0]
            i1 = call_may_force(i0, descr=Ops.Fails)
            guard_no_exception() [Ops.CatchesResidual@6 locals(-, -) stack(i1)]
            i2 = int_add(i1, 1)
            finish(i2)
            """, Trace("CatchesResidual", 2));
    }

    [Fact]
    public void A_caught_overflow_is_an_allocation_of_the_trace()
    {
        Assert.Equal("""
            class OverflowException
            [i0]
            i1 = int_add_ovf(i0, 1)
            guard_overflow() [Ops.Saturating@2 locals(-, -) stack(i0, 1)]
            r2 = new(descr=OverflowException)
            finish(2147483647)
            """, Trace("Saturating", int.MaxValue));
    }

    [Fact]
    public void A_rethrown_exception_keeps_its_shadow()
    {
        Assert.Equal("""
            class OpsError
            call `OpsError.Exception$init`(ref, ref) -> void [can_raise, forces, reads(*), writes(*)]
            field OpsError.Code: i32 immutable
            field Ops.Counter: i32 static
            [i0]
            i1 = int_lt(i0, 0)
            guard_true(i1) [Ops.CatchesRethrown@6 locals(-, -); Ops.Rethrows@6 locals(-, -); Ops.Thrower@2 locals(i0) stack(i0, 0)]
            r2 = new(descr=OpsError)
            call_may_force(r2, "negative", descr=`OpsError.Exception$init`)
            guard_no_exception() [Ops.CatchesRethrown@6 locals(-, -); Ops.Rethrows@6 locals(-, -); Ops.Thrower@15 locals(-); OpsError..ctor@7 locals(r2, -, i0)]
            setfield(r2, i0, descr=OpsError.Code)
            guard_class(r2, descr=OpsError) [Ops.CatchesRethrown@6 locals(-, -); Ops.Rethrows@6 locals(-, -); Ops.Thrower@15 locals(-) stack(r2)]
            i3 = getstatic(descr=Ops.Counter)
            i4 = int_add(i3, 1)
            setstatic(i4, descr=Ops.Counter)
            i5 = getfield(r2, descr=OpsError.Code)
            finish(i5)
            """, Trace("CatchesRethrown", -5));
    }

    [Fact]
    public void An_exception_the_trace_has_no_guard_for_aborts_tracing()
    {
        // 10 / 0 raises inside the twin's own division: the trace did not guard the divisor.
        var aborted = Assert.Throws<TargetInvocationException>(() => Trace("Guarded", 0));
        var reason = Assert.IsType<TraceAbortedException>(aborted.InnerException);
        Assert.Equal(AbortReason.Unsupported, reason.Reason);
        Assert.Contains("DivideByZeroException", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unwinding_an_inlined_twin_drops_its_frame_from_the_resume_data()
    {
        // CatchesOwn inlines Thrower, which throws past its LeaveInlined: once caught, the
        // resume data of the next guard has CatchesOwn's frame only.
        var recorder = new Recorder(1000);
        var context = new TraceContext(recorder);
        var input = recorder.Input(ValueKind.I32);
        var result = Fixture.Method("Twins.Ops", "CatchesOwn$trace").Invoke(null, [-3, context, new Value[] { input }]);
        Assert.Equal(-6, result);
        Assert.Equal(0, recorder.InlineDepth);
        Assert.Single(recorder.ResumeAt(new ResumeFrame("Ops.CatchesOwn", 0, [], [])).Frames);
    }

    [Fact]
    public void A_residual_allocation_calls_a_factory()
    {
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", "Builder", 40);
        Assert.Equal(((System.Text.StringBuilder)outcome.Original!).Capacity, ((System.Text.StringBuilder)outcome.Twin!).Capacity);
        Assert.Equal("""
            call `Ops.StringBuilder$new`(i32) -> ref [can_raise, forces, reads(*), writes(*)]
            [i0]
            r1 = call_may_force(i0, descr=`Ops.StringBuilder$new`)
            guard_no_exception() [Ops.Builder@6 locals(-) stack(r1)]
            finish(r1)
            """, outcome.Trace);
    }

    [Fact]
    public void A_base_constructor_without_twin_is_a_residual_call_on_the_new_object()
    {
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", "CatchesOwn", -1);
        Assert.Equal(-2, outcome.Twin);
        Assert.Contains("call_may_force(r", outcome.Trace, StringComparison.Ordinal);
        Assert.Contains("Exception$init", outcome.Trace, StringComparison.Ordinal);
    }

    [Fact]
    public void Calls_into_generic_library_classes_have_their_arguments_kinds()
    {
        var outcome = TwinRun.Run(Fixture, "Twins.Ops", "Named", new TwinRun.Fresh(() => new List<string> { "x", "yz" }), 1);
        Assert.Equal("yz", outcome.Twin);
        Assert.Equal("""
            call `List``1.get_Item`(ref, i32) -> ref [can_raise, forces, reads(*), writes(*)]
            [r0, i1]
            r2 = call_may_force(r0, i1, descr=`List``1.get_Item`)
            guard_no_exception() [Ops.Named@7 locals(-, -) stack(r2)]
            finish(r2)
            """, outcome.Trace);
    }
}
