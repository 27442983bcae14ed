// stackalloc in a traced method.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("Stackalloc", new[] { "pc", "code" }, new[] { "acc" });

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
        Span<int> buffer = stackalloc int[4]; // expect: META0009
        buffer[0] = op;
        return acc + buffer[0];
    }
}
