// The portal is an instance method: 'this' is a red. A while loop with a condition: the merge
// point is the first statement of its body. Generic hint calls (Promote) and a struct. No
// diagnostics expected.
using Meta.Jit;

namespace Fixtures;

public struct Pair
{
    public int Left;
    public int Right;

    public readonly int Sum() => Left + Right;
}

public sealed class Machine
{
    private static readonly JitDriver Driver = new JitDriver("machine", new[] { "pc", "program" }, new[] { "this", "acc" });

    private int _steps;

    public int Run(string program)
    {
        var pc = 0;
        var acc = 0;
        while (pc < program.Length)
        {
            Driver.MergePoint(pc, program, this, acc);
            var c = Hints.Promote(program[pc]);
            var pair = new Pair { Left = acc, Right = c - '0' };
            acc = c switch
            {
                '+' => acc + 1,
                '-' => acc - 1,
                _ => pair.Sum(),
            };
            _steps++;
            pc++;
        }
        return acc + _steps;
    }
}
