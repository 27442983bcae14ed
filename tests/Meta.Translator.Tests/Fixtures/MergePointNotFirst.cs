// The merge point is not the first statement of the loop body.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("late", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            acc += code[pc];
            Driver.MergePoint(pc, code, acc); // expect: META0012
            pc++;
        }
        return acc;
    }
}
