using Meta.Tracing.IR;
using Meta.Tracing.Recording;

namespace Meta.Translator.Tests.Twins;

/// <summary>
/// The overflow helpers twins call for add.ovf/sub.ovf/mul.ovf: the wrapped result and the
/// overflow test must agree with C#'s checked arithmetic on the edge values, and the guard
/// recorded must say which way it went.
/// </summary>
public sealed class TraceContextTests
{
    private static readonly int[] Ints = [0, 1, -1, 2, -2, 1000, -1000, 46341, -46341, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1];
    private static readonly long[] Longs = [0, 1, -1, 2, -2, 3037000500, -3037000500, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1, int.MaxValue, int.MinValue];

    private delegate T Helper<T>(TraceContext context, T a, T b, Value sa, Value sb, ResumeFrame here, out Value shadow);

    [Fact]
    public void Int32_overflow_matches_checked_arithmetic()
    {
        Check<int>(Ints, (c, a, b, sa, sb, h, out s) => c.AddOvf(a, b, sa, sb, h, out s), (a, b) => checked(a + b), (a, b) => unchecked(a + b), Opcode.IntAddOvf);
        Check<int>(Ints, (c, a, b, sa, sb, h, out s) => c.SubOvf(a, b, sa, sb, h, out s), (a, b) => checked(a - b), (a, b) => unchecked(a - b), Opcode.IntSubOvf);
        Check<int>(Ints, (c, a, b, sa, sb, h, out s) => c.MulOvf(a, b, sa, sb, h, out s), (a, b) => checked(a * b), (a, b) => unchecked(a * b), Opcode.IntMulOvf);
    }

    [Fact]
    public void Int64_overflow_matches_checked_arithmetic()
    {
        Check<long>(Longs, (c, a, b, sa, sb, h, out s) => c.AddOvf(a, b, sa, sb, h, out s), (a, b) => checked(a + b), (a, b) => unchecked(a + b), Opcode.LongAddOvf);
        Check<long>(Longs, (c, a, b, sa, sb, h, out s) => c.SubOvf(a, b, sa, sb, h, out s), (a, b) => checked(a - b), (a, b) => unchecked(a - b), Opcode.LongSubOvf);
        Check<long>(Longs, (c, a, b, sa, sb, h, out s) => c.MulOvf(a, b, sa, sb, h, out s), (a, b) => checked(a * b), (a, b) => unchecked(a * b), Opcode.LongMulOvf);
    }

    private static void Check<T>(T[] values, Helper<T> helper, Func<T, T, T> checkedOp, Func<T, T, T> wrapped, Opcode opcode)
    {
        var kind = typeof(T) == typeof(int) ? ValueKind.I32 : ValueKind.I64;
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                var recorder = new Recorder(10);
                var context = new TraceContext(recorder);
                var here = new ResumeFrame("M", 0, [], []);
                bool overflows;
                try
                {
                    checkedOp(a, b);
                    overflows = false;
                }
                catch (OverflowException)
                {
                    overflows = true;
                }
                if (overflows)
                {
                    Assert.Throws<OverflowException>(() => helper(context, a, b, recorder.Input(kind), recorder.Input(kind), here, out _));
                }
                else
                {
                    Assert.Equal(wrapped(a, b), helper(context, a, b, recorder.Input(kind), recorder.Input(kind), here, out _));
                }
                // On overflow the exception the interpreter may catch is a new object of the trace.
                Assert.Equal(overflows ? [opcode, Opcode.GuardOverflow, Opcode.New] : [opcode, Opcode.GuardNoOverflow], recorder.Operations.Select(o => o.Opcode));
            }
        }
    }
}
