// The driver's virtualizable is not one of its reds (the JitDriver constructor would throw at
// start-up; the translator says so at build time).
using Meta.Jit;

namespace Fixtures;

[Virtualizable("Pc")]
public sealed class Frame
{
    public int Pc;
}

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("virt", new[] { "pc", "code" }, new[] { "frame" }, "state"); // expect: META0022

    public static int Run(int[] code, Frame frame)
    {
        var pc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, frame);
            pc += frame.Pc + 1;
        }
        return pc;
    }
}
