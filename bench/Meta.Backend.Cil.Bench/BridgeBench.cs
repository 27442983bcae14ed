using Meta.Tracing.Text;

namespace Meta.Backend.Cil.Bench;

/// <summary>
/// A guard that fails every (mask+1)-th iteration: the loop and bridge compiled as one method, a
/// bridge attached through the indirection table, and exiting to the caller and re-entering (the caller does the bridge's work in C#
/// at no cost, so this is the floor of "no bridge": a real exit also runs the interpreter).
/// </summary>
public static class BridgeBench
{
    private const int Iterations = 100_000_000;

    public static void Run()
    {
        foreach (var mask in new[] { 0, 1, 1023 })
        {
            var context = new TraceParseContext();
            var loop = TraceParser.Parse($"""
                [i0, l1]
                label(i0, l1, descr=L)
                i2 = int_gt(i0, 0)
                guard_true(i2) [Loop@0 locals(i0, l1)]
                i3 = int_and(i0, {mask})
                i4 = int_is_zero(i3)
                guard_false(i4) [Loop@1 locals(i0, l1)]
                l5 = long_add(l1, 2L)
                i6 = int_sub(i0, 1)
                jump(i6, l5, descr=L)
                """, context);
            context.Descrs.Add("L", loop.Operations[0].Descr!);
            var bridge = TraceParser.Parse("""
                [i0, l1]
                l2 = long_add(l1, 3L)
                i3 = int_sub(i0, 1)
                jump(i3, l2, descr=L)
                """, context);
            var share = mask == 0 ? "all" : $"1/{mask + 1} of";
            Console.WriteLine($"bridge    {share,9} iterations through the guard, ns/iteration: tree as one method {Tree(loop, bridge),5:F2}, "
                + $"bridge attached {WithBridge(loop, bridge),5:F2}, exit and re-enter {ExitAndReenter(loop),5:F2}");
        }
    }

    private static double Tree(Meta.Tracing.IR.Trace loop, Meta.Tracing.IR.Trace bridge) =>
        Time(CilBackend.CompileTree(loop, new Dictionary<Meta.Tracing.IR.Operation, Meta.Tracing.IR.Trace> { [loop.Operations[5]] = bridge }));

    private static double WithBridge(Meta.Tracing.IR.Trace loop, Meta.Tracing.IR.Trace bridge)
    {
        var compiled = CilBackend.Compile(loop);
        compiled.AttachBridge(1, CilBackend.CompileBridge(bridge, compiled));
        return Time(compiled);
    }

    private static double Time(CompiledTrace compiled)
    {
        var frame = compiled.NewFrame();
        (frame.Words[0], frame.Words[1]) = (1000, 0);
        compiled.Run(frame);
        (frame.Words[0], frame.Words[1]) = (Iterations, 0);
        var watch = CpuWatch.StartNew();
        compiled.Run(frame);
        watch.Stop();
        return watch.Nanoseconds / Iterations;
    }

    private static double ExitAndReenter(Meta.Tracing.IR.Trace loop)
    {
        var compiled = CilBackend.Compile(loop);
        var frame = compiled.NewFrame();
        long count = Iterations, sum = 0;
        var watch = CpuWatch.StartNew();
        while (true)
        {
            (frame.Words[0], frame.Words[1]) = (count, sum);
            var id = compiled.Run(frame);
            (count, sum) = (frame.Words[0], frame.Words[1]);
            if (id != 1)
            {
                break;
            }
            (count, sum) = (count - 1, sum + 3);
        }
        watch.Stop();
        return watch.Nanoseconds / Iterations;
    }
}
