using Meta.Tracing.Execution;
using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

public class GuardTests
{
    private const string EveryGuard = """
        [i0, r1, r2, f3]
        guard_true(i0) [A@1 locals(i0)]
        i4 = int_eq(i0, 5)
        guard_false(i4) [A@2 locals(i4)]
        guard_value(i0, 1) [A@3]
        guard_value(f3, -0.0) [A@4 locals(f3)]
        guard_nonnull(r1) [A@5 locals(r1)]
        guard_isnull(r2) [A@6 locals(r2)]
        guard_class(r1, descr=SubBox) [A@7 locals(r1)]
        guard_value(r1, r1) [A@8]
        guard_no_exception() [A@9]
        guard_not_invalidated() [A@10]
        finish(i0)
        """;

    public static TheoryData<int, int> Failures() => new()
    {
        // (input variant, index of the guard that fails)
        { 0, 0 }, { 1, 1 }, { 2, 2 }, { 3, 3 }, { 4, 4 }, { 5, 5 }, { 6, 6 },
    };

    private static TraceValue[] Inputs(int variant) => [
        Int(variant switch { 0 => 0, 1 => 5, 2 => 2, _ => 1 }),
        Ref(variant switch { 4 => null, 6 => new Box(), _ => new SubBox() }),
        Ref(variant == 5 ? new Box() : null),
        Float(variant == 3 ? 0.0 : -0.0),
    ];

    [Theory]
    [MemberData(nameof(Failures))]
    public void Each_guard_kind_exits_with_its_own_id(int variant, int guardIndex)
    {
        var trace = TestWorld.Parse(EveryGuard);
        var exit = Differential.Run(trace, () => Inputs(variant));
        Assert.Equal(ExitKind.Guard, exit.Kind);
        Assert.Equal(guardIndex, exit.GuardIndex);
    }

    [Fact]
    public void All_guards_pass_on_matching_values()
    {
        var exit = Differential.Run(TestWorld.Parse(EveryGuard), () => [Int(1), Ref(new SubBox()), Ref(null), Float(-0.0)]);
        Assert.Equal(ExitKind.Finish, exit.Kind);
    }

    [Fact]
    public void Guard_class_fails_on_null()
    {
        var exit = Differential.Run(TestWorld.Parse("""
            [r0]
            guard_class(r0, descr=Box) [A@1]
            finish()
            """), () => [Ref(null)]);
        Assert.Equal(ExitKind.Guard, exit.Kind);
    }

    [Fact]
    public void Guard_not_invalidated_fails_after_invalidation()
    {
        var trace = TestWorld.Parse("""
            [i0]
            guard_not_invalidated() [Loop@0 locals(i0)]
            i1 = int_add(i0, 1)
            jump(i1)
            """);
        var compiled = CilBackend.Compile(trace, new CilCompileOptions { MaxIterations = 10 });
        var running = compiled.Execute([Int(0)]);
        Assert.Equal(ExitKind.IterationLimit, running.Kind);
        Assert.Equal([Int(11)], running.Values);
        compiled.Invalidate();
        var invalidated = compiled.Execute([Int(3)]);
        var oracle = TraceInterpreter.Run(trace, [Int(3)], new TraceRunOptions { Invalidated = true });
        Assert.Equal(ExitKind.Guard, invalidated.Kind);
        Assert.Equal(oracle.Values, invalidated.Values);
        Assert.Equal([Int(3)], invalidated.Values);
    }

    [Fact]
    public void Exit_values_follow_live_values_across_frames_each_once_without_constants_or_dead_slots()
    {
        var exit = Differential.Run(TestWorld.Parse("""
            [i0, l1, f2, r3]
            i4 = int_is_zero(i0)
            guard_true(i4) [Outer@3 locals(r3, -, 5) stack(l1); Inner@9 locals(-, f2, "s") stack(i0, i0, null)]
            finish()
            """), () => [Int(8), Long(9), Float(0.25), Ref(new Box())]);
        Assert.Equal(ExitKind.Guard, exit.Kind);
        Assert.Equal(4, exit.Values.Count);
        Assert.IsType<Box>(exit.Values[0].AsRef);
        Assert.Equal([Long(9), Float(0.25), Int(8)], exit.Values.Skip(1));
    }

    [Fact]
    public void Guard_value_on_floats_compares_bits()
    {
        var trace = TestWorld.Parse("""
            [f0]
            guard_value(f0, nan) [A@1]
            finish(f0)
            """);
        Assert.Equal(ExitKind.Finish, Differential.Run(trace, () => [Float(double.NaN)]).Kind);
        Assert.Equal(ExitKind.Guard, Differential.Run(trace, () => [Float(1.0)]).Kind);
    }
}
