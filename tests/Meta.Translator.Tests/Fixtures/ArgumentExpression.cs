// A merge point argument that is an expression instead of the variable.
using Meta.Jit;

namespace Fixtures;

public sealed class State
{
    public int Pc;
}

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("expr", new[] { "pc", "code" }, new[] { "state" });

    public static int Run(int[] code, State state)
    {
        var acc = 0;
        while (state.Pc < code.Length)
        {
            Driver.MergePoint(state.Pc, code, state); // expect: META0013, META0014
            acc += code[state.Pc];
            state.Pc++;
        }
        return acc;
    }
}
