// A local function that captures a variable: the compiler makes a closure struct.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("LocalFunctionClosure", new[] { "pc", "code" }, new[] { "acc" });

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
        var bias = op * 2; // expect: META0001
        return Twice(acc);

        int Twice(int x) => x * 2 + bias;
    }
}
