// A generic virtual method called from a traced method.
using System;

using Meta.Jit;

namespace Fixtures;

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("GenericVirtual", new[] { "pc", "code" }, new[] { "acc" });

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

    private static readonly Box Boxed = new Box();

    private static int Step(int op, int acc) => acc + Boxed.Get<int>(op); // expect: META0016

    public class Box
    {
        public virtual T Get<T>(T value) => value; // expect: META0016
    }
}
