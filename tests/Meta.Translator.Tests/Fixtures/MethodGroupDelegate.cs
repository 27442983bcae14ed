// A delegate made from a method group.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("MethodGroupDelegate", new[] { "pc", "code" }, new[] { "acc" });

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
        Func<int, int> f = Double; // expect: META0002
        return f(acc) + op; // expect: META0003
    }

    private static int Double(int x) => x * 2;
}
