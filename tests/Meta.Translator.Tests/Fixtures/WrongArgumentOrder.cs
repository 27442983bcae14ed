// Greens passed in the wrong order.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("order", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(code, pc, acc); // expect: META0013
            acc += code[pc];
            pc++;
        }
        return acc;
    }
}
