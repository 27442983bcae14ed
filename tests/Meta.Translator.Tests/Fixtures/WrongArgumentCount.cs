// A red left out of the merge point (it is then also live without being declared passed).
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("count", new[] { "pc", "code" }, new[] { "acc", "scale" });

    public static int Run(int[] code, int scale)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, acc); // expect: META0013, META0014
            acc += code[pc] * scale;
            pc++;
        }
        return acc;
    }
}
