// An async method reached from the portal.
using System;
using System.Threading.Tasks;
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("Async", new[] { "pc", "code" }, new[] { "acc" });

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

    private static int Step(int op, int acc) => acc + Later(op).Result; // expect: META0010

    private static async Task<int> Later(int x) { await Task.Yield(); return x; } // expect: META0005
}
