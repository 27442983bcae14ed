// A switch on strings: the compiler emits a hash helper with a loop into the assembly, which is
// pure and must neither warn nor be traced. Interpolated strings are residual BCL calls. No
// diagnostics expected.
using Meta.Jit;

namespace Fixtures;

public static class Words
{
    private static readonly JitDriver Driver = new JitDriver("words", new[] { "pc", "words" }, new[] { "acc", "log" });

    public static int Run(string[] words, System.Text.StringBuilder log)
    {
        var pc = 0;
        var acc = 0;
        while (pc < words.Length)
        {
            Driver.MergePoint(pc, words, acc, log);
            acc += words[pc] switch
            {
                "one" => 1,
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                _ => 0,
            };
            log.Append($"{pc}:{acc};");
            pc++;
        }
        return acc;
    }
}
