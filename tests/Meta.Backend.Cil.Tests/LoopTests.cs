using Meta.Tracing.Execution;
using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

public class LoopTests
{
    [Fact]
    public void A_jump_without_target_loops_to_the_start_until_a_guard_exits()
    {
        var exit = Differential.Run("""
            [i0, l1]
            i2 = int_gt(i0, 0)
            guard_true(i2) [Sum@0 locals(i0, l1)]
            l3 = int_to_long(i0)
            l4 = long_add(l1, l3)
            i5 = int_sub(i0, 1)
            jump(i5, l4)
            """, Int(100), Long(0));
        Assert.Equal(ExitKind.Guard, exit.Kind);
        Assert.Equal([Int(0), Long(5050)], exit.Values);
    }

    [Fact]
    public void A_label_splits_preamble_and_loop_and_the_jump_reenters_after_it()
    {
        var exit = Differential.Run(TestWorld.Parse("""
            [r0, i1]
            i2 = getfield(r0, descr=Box.i)
            i3 = int_mul(i2, 2)
            label(i1, i3, r0, descr=Loop)
            i4 = int_lt(i1, 10)
            guard_true(i4) [Body@4 locals(r0, i1, i3)]
            i5 = int_add(i1, i3)
            setfield(r0, i5, descr=Box.i)
            jump(i5, i3, r0, descr=Loop)
            """), () => [Ref(new Box { I = 3 }), Int(0)]);
        Assert.Equal(ExitKind.Guard, exit.Kind);
        Assert.Equal([Int(12), Int(6)], exit.Values.Skip(1));
        Assert.Equal(12, ((Box)exit.Values[0].AsRef!).I);
    }

    [Fact]
    public void Jump_arguments_move_in_parallel()
    {
        // Fibonacci by swapping: jump(i1, i3) reads i1 before the input it names is overwritten.
        var exit = Differential.Run("""
            [i0, i1, i2]
            i3 = int_add(i0, i1)
            i4 = int_sub(i2, 1)
            i5 = int_is_true(i4)
            guard_true(i5) [Fib@0 locals(i0, i1)]
            jump(i1, i3, i4)
            """, Int(0), Int(1), Int(10));
        Assert.Equal([Int(34), Int(55)], exit.Values);
    }

    [Fact]
    public void A_swapping_jump_to_a_label_moves_in_parallel_too()
    {
        var exit = Differential.Run("""
            [i0, i1, i2]
            label(i0, i1, i2, descr=L)
            i3 = int_sub(i2, 1)
            guard_true(i3) [Swap@0 locals(i0, i1)]
            jump(i1, i0, i3, descr=L)
            """, Int(1), Int(2), Int(4));
        Assert.Equal([Int(2), Int(1)], exit.Values);
    }

    [Fact]
    public void The_iteration_bound_stops_an_endless_loop_with_the_jump_arguments()
    {
        var trace = TestWorld.Parse("""
            [i0]
            i1 = int_add(i0, 3)
            jump(i1)
            """);
        var exit = Differential.Run(trace, () => [Int(0)], maxIterations: 1000);
        Assert.Equal(ExitKind.IterationLimit, exit.Kind);
        Assert.Equal([Int(3003)], exit.Values);
    }

    [Fact]
    public void Finish_returns_its_arguments()
    {
        var exit = Differential.Run("""
            [i0, f1]
            f2 = float_mul(f1, 2.0)
            finish(i0, f2, 3L, "done")
            """, Int(1), Float(0.75));
        Assert.Equal(ExitKind.Finish, exit.Kind);
        Assert.Equal([Int(1), Float(1.5), Long(3)], exit.Values.Take(3));
        Assert.Equal("done", exit.Values[3].AsRef);
    }

    [Fact]
    public void A_frame_is_reused_across_runs_through_the_raw_entry()
    {
        var compiled = CilBackend.Compile(TestWorld.Parse("""
            [i0, r1]
            i2 = int_add(i0, 1)
            finish(r1, i2)
            """));
        var frame = compiled.NewFrame();
        for (var i = 0; i < 3; i++)
        {
            frame.Words[0] = i;
            frame.Refs[1] = "x";
            Assert.Equal(CompiledTrace.FinishId, compiled.Run(frame));
            Assert.Equal("x", frame.Refs[0]);
            Assert.Equal(i + 1, frame.Words[1]);
        }
    }

    [Fact]
    public void A_guard_exit_leaves_its_values_in_the_documented_slots()
    {
        var compiled = CilBackend.Compile(TestWorld.Parse("""
            [i0, r1, f2]
            i3 = int_add(i0, 1)
            guard_false(i3) [Outer@2 locals(r1, -, f2); Inner@5 stack(i3, 7L, "k")]
            finish()
            """));
        // Live values are the non-constant ones, each once (constants are known from the resume data).
        Assert.Equal(3, compiled.FrameSize);
        var frame = compiled.NewFrame();
        (frame.Words[0], frame.Refs[1], frame.Words[2]) = (-5, "box", BitConverter.DoubleToInt64Bits(2.5));
        Assert.Equal(0, compiled.Run(frame));
        Assert.Same(compiled, frame.ExitTrace);
        Assert.Equal("box", frame.Refs[0]);
        Assert.Equal(2.5, BitConverter.Int64BitsToDouble(frame.Words[1]));
        Assert.Equal(-4, frame.Words[2]);
        Assert.Null(frame.Exception);
    }
}
