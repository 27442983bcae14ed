using Meta.Backend.Cil;
using Meta.Tracing.Recording;
using Meta.Tracing.Text;

namespace Meta.Benchmarks;

/// <summary>The hand-written traces the benchmarks compile.</summary>
internal static class Traces
{
    /// <summary>while (i &lt; n) { sum += i; i += 1 } — inputs i, n, sum; exits when i reaches n.</summary>
    public const string IntSum = """
        [l0, l1, l2]
        i3 = long_lt(l0, l1)
        guard_true(i3) [Sum@0 locals(l0, l1, l2)]
        l4 = long_add(l2, l0)
        l5 = long_add(l0, 1L)
        jump(l5, l1, l4)
        """;

    /// <summary>while (i &lt; n) { acc += a[i] * b[i]; i += 1 } — inputs i, n, a, b, acc.</summary>
    public const string FloatDot = """
        [i0, i1, r2, r3, f4]
        i5 = int_lt(i0, i1)
        guard_true(i5) [Dot@0 locals(i0, f4)]
        f6 = getarrayitem(r2, i0, descr=DoubleArray)
        f7 = getarrayitem(r3, i0, descr=DoubleArray)
        f8 = float_mul(f6, f7)
        f9 = float_add(f4, f8)
        i10 = int_add(i0, 1)
        jump(i10, i1, r2, r3, f9)
        """;

    public static CompiledTrace Compile(string text)
    {
        var context = new TraceParseContext();
        context.Descrs["DoubleArray"] = Descriptors.Array(typeof(double[]));
        return CilBackend.Compile(TraceParser.Parse(text, context));
    }

    /// <summary>
    /// A straight-line trace of about <paramref name="operations"/> operations: integer and float
    /// arithmetic, overflow checks and guards in the mix a recorded interpreter trace has.
    /// </summary>
    public static string Straight(int operations)
    {
        var text = new System.Text.StringBuilder("[l0, l1, f2]\n");
        var (longValue, floatValue, next, count) = ("l0", "f2", 3, 0);
        while (count < operations)
        {
            switch (count % 5)
            {
                case 0:
                    text.Append($"l{next} = long_add_ovf({longValue}, l1)\nguard_no_overflow() [M@{count} locals({longValue})]\n");
                    longValue = $"l{next++}";
                    count += 2;
                    break;
                case 2:
                    text.Append($"i{next} = long_lt({longValue}, 1000000000L)\nguard_true(i{next}) [M@{count} locals({longValue}, {floatValue})]\n");
                    next++;
                    count += 2;
                    break;
                default:
                    text.Append($"f{next} = float_mul({floatValue}, 1.0000001)\n");
                    floatValue = $"f{next++}";
                    count++;
                    break;
            }
        }
        return text.Append($"finish({longValue}, {floatValue})\n").ToString();
    }
}
