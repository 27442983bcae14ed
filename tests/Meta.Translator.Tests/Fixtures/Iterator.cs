// An iterator method reached from the portal.
using System;
using System.Collections.Generic;
using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("Iterator", new[] { "pc", "code" }, new[] { "acc" });

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

    private static int Step(int op, int acc)
    {
        var e = Values(op).GetEnumerator();
        return e.MoveNext() ? acc + e.Current : acc;
    }

    private static IEnumerable<int> Values(int x) { yield return x; } // expect: META0006
}
