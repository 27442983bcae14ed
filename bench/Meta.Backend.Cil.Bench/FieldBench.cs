using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Backend.Cil.Bench;

/// <summary>A loop of field and array reads and writes: what the casts the backend keeps cost.</summary>
public static class FieldBench
{
    private const int Iterations = 100_000_000;

    public sealed class Cell
    {
        public long Value;
        public Cell? Next;
    }

    public static void Run()
    {
        var context = new TraceParseContext();
        context.Descrs["Cell.value"] = new FieldDescr("Cell.value", ValueKind.I64) { Field = typeof(Cell).GetField(nameof(Cell.Value)) };
        context.Descrs["Cell.next"] = new FieldDescr("Cell.next", ValueKind.Ref) { Field = typeof(Cell).GetField(nameof(Cell.Next)) };
        context.Descrs["longs"] = new ArrayDescr("longs", ValueKind.I64) { ElementType = typeof(long) };
        var trace = TraceParser.Parse("""
            [i0, r1, r2]
            label(i0, r1, r2, descr=L)
            i3 = int_gt(i0, 0)
            guard_true(i3) [A@0 locals(i0)]
            l4 = get_field(r1, descr=Cell.value)
            r5 = get_field(r1, descr=Cell.next)
            l6 = get_field(r5, descr=Cell.value)
            l7 = long_add(l4, l6)
            set_field(r1, l7, descr=Cell.value)
            i8 = int_and(i0, 7)
            l9 = get_array_item(r2, i8, descr=longs)
            l10 = long_add(l9, l7)
            set_array_item(r2, i8, l10, descr=longs)
            i11 = int_sub(i0, 1)
            jump(i11, r5, r2, descr=L)
            """, context);
        var compiled = CilBackend.Compile(trace);
        var first = new Cell();
        first.Next = new Cell { Value = 1, Next = first };
        var frame = compiled.NewFrame();
        (frame.Words[0], frame.Refs[1], frame.Refs[2]) = (1000, first, new long[8]);
        compiled.Run(frame);
        (frame.Words[0], frame.Refs[1], frame.Refs[2]) = (Iterations, first, new long[8]);
        var watch = CpuWatch.StartNew();
        compiled.Run(frame);
        watch.Stop();
        Console.WriteLine($"fields    3 field reads, 1 write, 1 array read and write per iteration: {watch.Nanoseconds / Iterations:F2} ns/iteration");
    }
}
