// Virtualizable and immutability declarations that do not fit: a listed field that does not
// exist, a "[*]" field that is not an array, [ImmutableElements] on a non-array, and a
// virtualizable red passed as a class without [Virtualizable].
using Meta.Jit;

namespace Fixtures;

[Virtualizable("pc", "stack[*]", "missing")]
public sealed class Frame
{
    public int Pc;
    public int Stack;

    public Frame(int pc) { Pc = pc; Stack = 0; } // expect: META0022, META0022
}

public sealed class Plain
{
    [ImmutableElements] public readonly string Name;

    public Plain(string name) { Name = name; } // expect: META0023
}

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("virt", new[] { "pc", "code" }, new[] { "frame" }, "frame");

    public static int Run(int[] code, Plain frame)
    {
        var pc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, frame); // expect: META0022
            pc += frame.Name.Length;
        }
        return pc;
    }
}
