// A merge point outside of any loop.
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("once", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        Driver.MergePoint(pc, code, acc); // expect: META0012
        return acc + code[pc];
    }
}
