// Interlocked and Thread calls in a traced method.
using System;
using System.Threading;
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("Threads", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, acc);
            acc = Step(code[pc], acc);
            pc++;
        }
        return acc;
    }

    private static int _counter;

    private static int Step(int op, int acc)
    {
        Interlocked.Increment(ref _counter); // expect: META0010
        return acc + op;
    }
}
