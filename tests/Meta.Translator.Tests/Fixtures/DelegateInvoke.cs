// Calling a delegate held in a field.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("DelegateInvoke", new[] { "pc", "code" }, new[] { "acc" });

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

    public static Func<int, int> Hook = Identity;

    private static int Identity(int x) => x;

    private static int Step(int op, int acc)
    {
        return acc + Hook(op); // expect: META0003
    }
}
