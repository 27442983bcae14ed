// CanEnterJit must pass the same greens and reds as the merge point.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("jump", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, acc);
            if (code[pc] < 0)
            {
                pc = -code[pc];
                Driver.CanEnterJit(pc, code); // expect: META0013
                continue;
            }
            acc += code[pc];
            pc++;
        }
        return acc;
    }
}
