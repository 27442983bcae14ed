using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

public class BridgeTests
{
    private const string Loop = """
        [i0, l1]
        label(i0, l1, descr=L)
        i2 = int_gt(i0, 0)
        guard_true(i2) [Loop@0 locals(i0, l1)]
        i3 = int_and(i0, 1)
        guard_false(i3) [Loop@1 locals(i0, l1)]
        l4 = long_add(l1, 2L)
        i5 = int_sub(i0, 1)
        jump(i5, l4, descr=L)
        """;

    /// <summary>Parses a loop and bridges that name its labels: one parse context for the whole tree.</summary>
    private static (Trace Loop, Trace[] Bridges) Tree(string loop, params string[] bridges)
    {
        var context = TestWorld.Context();
        var root = Meta.Tracing.Text.TraceParser.Parse(loop, context);
        foreach (var label in root.Operations.Where(op => op.Opcode == Opcode.Label))
        {
            context.Descrs.Add(label.Descr!.Name, label.Descr);
        }
        return (root, bridges.Select(text => Meta.Tracing.Text.TraceParser.Parse(text, context)).ToArray());
    }

    [Fact]
    public void A_bridge_that_jumps_back_keeps_the_loop_running_in_compiled_code()
    {
        var (loop, bridges) = Tree(Loop, """
            [i0, l1]
            l2 = long_add(l1, 3L)
            i3 = int_sub(i0, 1)
            jump(i3, l2, descr=L)
            """);
        var exit = Differential.Run(loop, () => [Int(10), Long(0)], bridges: new Dictionary<Operation, Trace> { [loop.Operations[4]] = bridges[0] });
        Assert.Equal(ExitKind.Guard, exit.Kind);
        Assert.Same(loop.Operations[2], exit.Guard);
        Assert.Equal([Int(0), Long(25)], exit.Values);
    }

    [Fact]
    public void A_guard_failing_in_a_bridge_exits_from_the_bridge_and_a_bridge_can_finish()
    {
        var (loop, bridges) = Tree(Loop, """
            [i0, l1]
            i2 = int_lt(i0, 5)
            guard_false(i2) [Bridge@0 locals(l1, i0)]
            i3 = int_sub(i0, 1)
            jump(i3, l1, descr=L)
            """, """
            [l0, i1]
            finish(i1, l0)
            """);
        var tree = new Dictionary<Operation, Trace> { [loop.Operations[4]] = bridges[0] };
        var exit = Differential.Run(loop, () => [Int(12), Long(0)], bridges: tree);
        Assert.Same(bridges[0].Operations[1], exit.Guard);
        Assert.Equal(0, exit.GuardIndex);
        Assert.Equal([Long(10), Int(3)], exit.Values);
        tree[bridges[0].Operations[1]] = bridges[1];
        var finished = Differential.Run(loop, () => [Int(12), Long(0)], bridges: tree);
        Assert.Equal(ExitKind.Finish, finished.Kind);
        Assert.Equal([Int(3), Long(10)], finished.Values);
    }

    [Fact]
    public void A_bridge_from_guard_no_exception_starts_with_the_exception_pending()
    {
        var (loop, bridges) = Tree("""
            [i0, i1]
            label(i0, i1, descr=L)
            i2 = int_gt(i0, 0)
            guard_true(i2) [Loop@0 locals(i0, i1)]
            i3 = int_and(i0, 3)
            i4 = call(100, i3, descr=divide)
            guard_no_exception() [Loop@1 locals(i0, i1)]
            i5 = int_add(i1, i4)
            i6 = int_sub(i0, 1)
            jump(i6, i5, descr=L)
            """, """
            [i0, i1]
            r2 = guard_exception(descr=DivideByZeroException) [Bridge@0 locals(i0)]
            i3 = int_sub(i0, 1)
            i4 = int_add(i1, 1000)
            jump(i3, i4, descr=L)
            """);
        var exit = Differential.Run(loop, () => [Int(9), Int(0)], bridges: new Dictionary<Operation, Trace> { [loop.Operations[5]] = bridges[0] });
        Assert.Equal([Int(0), Int(100 + 33 + 50 + 1000 + 100 + 33 + 50 + 1000 + 100)], exit.Values);
    }

    [Fact]
    public void Jumps_in_bridges_count_toward_the_iteration_bound()
    {
        var (loop, bridges) = Tree(Loop, """
            [i0, l1]
            i2 = int_add(i0, 1)
            jump(i2, l1, descr=L)
            """);
        var exit = Differential.Run(loop, () => [Int(10), Long(0)], maxIterations: 25,
            bridges: new Dictionary<Operation, Trace> { [loop.Operations[4]] = bridges[0] });
        Assert.Equal(ExitKind.IterationLimit, exit.Kind);
    }

    [Fact]
    public void A_bridge_must_take_the_guards_live_values()
    {
        var (loop, bridges) = Tree(Loop, "[i0]\nfinish(i0)");
        var compiled = CilBackend.Compile(loop);
        var bridge = CilBackend.CompileBridge(bridges[0], compiled);
        Assert.Throws<ArgumentException>(() => compiled.AttachBridge(1, bridge));
        Assert.Throws<InvalidOperationException>(() => bridge.Run(bridge.NewFrame()));
    }

    [Fact]
    public void Invalidating_a_loop_invalidates_its_bridges()
    {
        var (loop, bridges) = Tree(Loop, """
            [i0, l1]
            guard_not_invalidated() [Bridge@0 locals(i0)]
            i2 = int_sub(i0, 1)
            jump(i2, l1, descr=L)
            """);
        var compiled = CilBackend.Compile(loop);
        compiled.AttachBridge(1, CilBackend.CompileBridge(bridges[0], compiled));
        Assert.Equal(ExitKind.Guard, compiled.Execute([Int(5), Long(0)]).Kind);
        Assert.Same(loop.Operations[2], compiled.Execute([Int(5), Long(0)]).Guard);
        compiled.Invalidate();
        var exit = compiled.Execute([Int(5), Long(0)]);
        var oracle = TraceInterpreter.Run(loop, [Int(5), Long(0)],
            new TraceRunOptions { Invalidated = true, Bridges = new Dictionary<Operation, Trace> { [loop.Operations[4]] = bridges[0] } });
        Assert.Same(bridges[0].Operations[0], exit.Guard);
        Assert.Same(oracle.Guard, exit.Guard);
        Assert.Equal(oracle.Values, exit.Values);
    }
}
