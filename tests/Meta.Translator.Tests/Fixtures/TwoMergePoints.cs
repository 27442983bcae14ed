// Two dispatch loops for one driver.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("twice", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, acc);
            acc += code[pc];
            pc++;
        }
        return acc;
    }

    public static int RunAgain(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, acc); // expect: META0015
            acc -= code[pc];
            pc++;
        }
        return acc;
    }
}
