// A small stack machine in RC#: a dispatch loop with one merge point, virtual calls into
// instruction classes, an [UnrollSafe] helper, an [Elidable] lookup, a [DontLookInside] helper
// with a loop and LINQ (not looked inside, so not checked), try/catch, and a user-level
// backward jump with CanEnterJit, a virtualizable frame. No diagnostics expected.
using System;
using System.Linq;
using Meta.Jit;

namespace Fixtures;

[Virtualizable("stack[*]", "depth")]
public sealed class Frame
{
    public int[] Stack = new int[16];
    public int Depth;
}

public abstract class Op
{
    public abstract void Execute(Frame frame, int argument);
}

public sealed class Push : Op
{
    public override void Execute(Frame frame, int argument) => frame.Stack[frame.Depth++] = argument;
}

public sealed class Add : Op
{
    public override void Execute(Frame frame, int argument)
    {
        frame.Depth--;
        frame.Stack[frame.Depth - 1] = checked(frame.Stack[frame.Depth - 1] + frame.Stack[frame.Depth]);
    }
}

public sealed class Code
{
    [ImmutableElements] public readonly Op[] Ops;
    [ImmutableElements] public readonly int[] Args;

    public Code(Op[] ops, int[] args)
    {
        Ops = ops;
        Args = args;
    }

    [Elidable]
    public int Length() => Ops.Length;
}

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("stack", new[] { "pc", "code" }, new[] { "frame" }, "frame");

    public static int Run(Code code, Frame frame)
    {
        var pc = 0;
        while (true)
        {
            Driver.MergePoint(pc, code, frame);
            if (pc >= code.Length())
            {
                return Top(frame);
            }
            var op = code.Ops[pc];
            var argument = code.Args[pc];
            if (op is null)
            {
                pc = argument;
                Driver.CanEnterJit(pc, code, frame);
                continue;
            }
            try
            {
                op.Execute(frame, argument);
            }
            catch (IndexOutOfRangeException)
            {
                Report(frame);
                return -1;
            }
            ClearAbove(frame, 2);
            pc++;
        }
    }

    private static int Top(Frame frame)
    {
        var weights = new[] { 1, 1, 2, 3, 5, 8, 13, 21, 34 }; // an array initializer (ldtoken of compiler data)
        return frame.Stack[frame.Depth - 1] * weights[0];
    }

    [UnrollSafe]
    private static void ClearAbove(Frame frame, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (frame.Depth + i < frame.Stack.Length)
            {
                frame.Stack[frame.Depth + i] = 0;
            }
        }
    }

    [DontLookInside]
    private static void Report(Frame frame)
    {
        var sum = frame.Stack.Take(frame.Depth).Sum();
        for (var i = 0; i < frame.Depth; i++)
        {
            Console.WriteLine(frame.Stack[i] + sum);
        }
    }

    // Not reachable from the portal: not traced, not checked.
    public static int Unreachable(int[] values) => values.Select(v => v * 2).Sum();
}
