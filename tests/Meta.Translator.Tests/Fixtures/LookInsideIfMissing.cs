// [LookInsideIf] naming a predicate that does not exist.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("LookInsideIfMissing", new[] { "pc", "code" }, new[] { "acc" });

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, acc);
            acc = Step(code[pc], acc);
            pc++;
        }
        return acc;
    }

    [LookInsideIf("IsSmall")]
    private static int Step(int op, int acc) => acc + op; // expect: META0020
}
