// A lambda that captures nothing is still a delegate to a compiler-made method.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("StaticLambda", new[] { "pc", "code" }, new[] { "acc" });

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

    private static int Step(int op, int acc)
    {
        Func<int, int> f = x => x + 1; // expect: META0001
        return acc + op + f(1); // expect: META0003
    }
}
