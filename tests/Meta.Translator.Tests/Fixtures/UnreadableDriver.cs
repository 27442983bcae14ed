// A driver whose greens are not literals: the translator cannot know them.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly string[] Greens = { "pc", "code" };
    private static readonly JitDriver Driver = new JitDriver("opaque", Greens, new[] { "acc" }); // expect: META0018

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
}
