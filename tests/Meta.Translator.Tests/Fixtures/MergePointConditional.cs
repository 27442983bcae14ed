// The merge point sits inside a condition: some iterations skip it.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("cond", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            if (acc > 0)
            {
                Driver.MergePoint(pc, code, acc); // expect: META0012
            }
            acc += code[pc];
            pc++;
        }
        return acc;
    }
}
