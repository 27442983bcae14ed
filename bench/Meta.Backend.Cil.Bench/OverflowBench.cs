using Meta.Tracing.Text;

namespace Meta.Backend.Cil.Bench;

/// <summary>The two overflow strategies of the backend: explicit tests against checked IL in try blocks.</summary>
public static class OverflowBench
{
    private const int Iterations = 200_000_000;

    private const string Loop = """
        [i0, i1, l2]
        i3 = int_and(i0, 7)
        i4 = int_add_ovf(i1, i3)
        guard_no_overflow() [A@0]
        i5 = int_mul_ovf(i3, 3)
        guard_no_overflow() [A@1]
        l6 = int_to_long(i5)
        l7 = long_mul_ovf(l6, 5L)
        guard_no_overflow() [A@2]
        l8 = long_add_ovf(l2, l7)
        guard_no_overflow() [A@3]
        i9 = int_sub(i0, 1)
        i10 = int_gt(i9, 0)
        guard_true(i10) [A@4 locals(i4, l8)]
        jump(i9, i4, l8)
        """;

    public static void Run()
    {
        var loop = TraceParser.Parse(Loop);
        var plain = TraceParser.Parse(Loop.Replace("_ovf", "").Replace("guard_no_overflow() [A@0]\n", "")
            .Replace("guard_no_overflow() [A@1]\n", "").Replace("guard_no_overflow() [A@2]\n", "").Replace("guard_no_overflow() [A@3]\n", ""));
        var overflowing = TraceParser.Parse("""
            [i0]
            i1 = int_add_ovf(i0, 1)
            guard_no_overflow() [A@0 locals(i0)]
            finish(i1)
            """);
        foreach (var (name, trace, isChecked) in new[] { ("no _ovf ops", plain, false), ("tested (default)", loop, false), ("checked + try", loop, true) })
        {
            var compiled = CilBackend.Compile(trace, new CilCompileOptions { CheckedOverflow = isChecked });
            var frame = compiled.NewFrame();
            frame.Words[0] = 1000;
            compiled.Run(frame);
            (frame.Words[0], frame.Words[1], frame.Words[2]) = (Iterations, 0, 0);
            var watch = CpuWatch.StartNew();
            compiled.Run(frame);
            watch.Stop();
            Console.WriteLine($"overflow  {name,-18} {watch.Nanoseconds / Iterations,8:F2} ns/iteration");
        }
        foreach (var isChecked in new[] { false, true })
        {
            var compiled = CilBackend.Compile(overflowing, new CilCompileOptions { CheckedOverflow = isChecked });
            var frame = compiled.NewFrame();
            frame.Words[0] = int.MaxValue;
            compiled.Run(frame);
            // Enough runs for ~0.1 s of CPU time: the process CPU clock ticks coarsely.
            var runs = isChecked ? 100_000 : 20_000_000;
            var watch = CpuWatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                frame.Words[0] = int.MaxValue;
                compiled.Run(frame);
            }
            watch.Stop();
            Console.WriteLine($"overflow  {(isChecked ? "checked + try" : "tested (default)"),-18} {watch.Nanoseconds / runs,8:F0} ns per run that overflows");
        }
    }
}
