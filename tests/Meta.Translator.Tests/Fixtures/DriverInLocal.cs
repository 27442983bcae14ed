// A driver created in the method instead of a static readonly field.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    public static int Run(int[] code)
    {
        var driver = new JitDriver("local", new[] { "pc", "code" }, new[] { "acc" });
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            driver.MergePoint(pc, code, acc); // expect: META0018, META0014
            acc += code[pc];
            pc++;
        }
        return acc;
    }
}
