// Pointers and fixed in a traced method.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("Pointers", new[] { "pc", "code" }, new[] { "acc" });

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

    private static readonly int[] Cells = new int[4];

    private static unsafe int Step(int op, int acc)
    {
        fixed (int* p = Cells) // expect: META0009
        {
            return acc + p[op & 3] + op;
        }
    }
}
