// A variable read after the merge point that is neither green nor red.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("live", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        var steps = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, acc); // expect: META0014
            acc += code[pc];
            steps++;
            pc++;
        }
        return acc + steps;
    }
}
