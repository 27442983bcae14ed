// A tiny interpreter built by `dotnet build` in BuildIntegrationTests, with the real SDK compiler
// (C# collection expressions in the driver). The test adds a LINQ call at the marked line.
using Meta.Jit;

namespace BuildFixture;

public static class Interpreter
{
    private static readonly JitDriver Driver = new("build", greens: ["pc", "code"], reds: ["acc"]);

    public static int Run(int[] code)
    {
        var pc = 0;
        var acc = 0;
        while (pc < code.Length)
        {
            Driver.MergePoint(pc, code, acc);
            acc += Twice(code[pc]); // STEP
            pc++;
        }
        return acc;
    }

    // Looked inside: the build adds its tracing twin.
    private static int Twice(int x) => x * 2;
}
