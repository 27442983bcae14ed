// Reflection in a traced method.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("Reflection", new[] { "pc", "code" }, new[] { "acc" });

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
        var method = typeof(Interpreter).GetMethod("Step"); // expect: META0008
        return method is null ? acc : acc + op;
    }
}
