using Meta.Tracing.Execution;
using Meta.Tracing.Recording;
using Meta.Tracing.Runtime;
using Meta.Tracing.Text;

namespace Meta.Tracing.Tests.Runtime;

public sealed class MaterializerTests
{
    private sealed class Point
    {
        // Written by the materializer through reflection.
        public long X = -1;
        public Point? Next = null;
    }

    private sealed class Frame
    {
        public Point? Top = null;
        public readonly long[] Slots = new long[3];
    }

    private static TraceParseContext Context()
    {
        var context = new TraceParseContext();
        context.Descrs["Point"] = Descriptors.Class(typeof(Point));
        context.Descrs["Point.X"] = Descriptors.Field(typeof(Point).GetField(nameof(Point.X))!);
        context.Descrs["Point.Next"] = Descriptors.Field(typeof(Point).GetField(nameof(Point.Next))!);
        context.Descrs["Frame.Top"] = Descriptors.Field(typeof(Frame).GetField(nameof(Frame.Top))!);
        context.Descrs["Longs"] = Descriptors.Array(typeof(long[]));
        context.Descrs["Points"] = Descriptors.Array(typeof(Point[]));
        return context;
    }

    [Fact]
    public void Allocates_virtuals_with_their_fields_cycles_included_and_does_the_delayed_writes()
    {
        var trace = TraceParser.Parse("""
            [r0, r1, l2]
            guard_true(0) [Interp.Run@12 locals(r0, v0, v1) stack(l2, 7L)] writes[setfield(r0, v2, descr=Frame.Top), setarrayitem(r1, 2, l2, descr=Longs)] {v0 = Point(Point.X=l2, Point.Next=v0), v1 = Points[v0, -], v2 = Point(Point.X=1L)}
            finish()
            """, Context());
        var frame = new Frame();
        var resume = trace.Operations[0].Resume!;
        // Exit values come in live-value order: frame slots (r0, l2), then the writes (r1).
        var frames = Materializer.Resume(resume, [TraceValue.Ref(frame), TraceValue.Long(41), TraceValue.Ref(frame.Slots)]);
        var resumed = Assert.Single(frames);
        Assert.Equal(("Interp.Run", 12), (resumed.Method, resumed.ILOffset));
        var point = Assert.IsType<Point>(resumed.Locals[1]!.Value.AsRef);
        Assert.Equal(41, point.X);
        Assert.Same(point, point.Next);
        var points = Assert.IsType<Point[]>(resumed.Locals[2]!.Value.AsRef);
        Assert.Same(point, points[0]);
        Assert.Null(points[1]);
        Assert.Equal([TraceValue.Long(41), TraceValue.Long(7)], resumed.Stack.Select(slot => slot!.Value));
        Assert.Equal(1, frame.Top!.X);
        Assert.Equal(41, frame.Slots[2]);
    }

    [Fact]
    public void Dead_slots_stay_dead_and_the_exit_values_must_match_the_live_values()
    {
        var trace = TraceParser.Parse("[l0]\nguard_true(0) [M@1 locals(-, l0)]\nfinish()", Context());
        var resume = trace.Operations[0].Resume!;
        Assert.Null(Materializer.Resume(resume, [TraceValue.Long(3)])[0].Locals[0]);
        Assert.Throws<ArgumentException>(() => Materializer.Resume(resume, [TraceValue.Long(3), TraceValue.Long(4)]));
    }
}
