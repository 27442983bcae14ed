// A method with a loop and no [UnrollSafe] is a residual call: a warning, not an error. Its
// body (with an exception filter) is not checked, because it is not looked inside.
using Meta.Jit;

namespace Fixtures;

public static class Summer
{
    private static readonly JitDriver Driver = new JitDriver("sum", new[] { "pc" }, new[] { "total", "data" });

    public static int Run(int[] data)
    {
        var pc = 0;
        var total = 0;
        do
        {
            Driver.MergePoint(pc, total, data);
            total += SumTo(data[pc]);
            pc++;
        }
        while (pc < data.Length);
        return total;
    }

    private static int SumTo(int n)
    {
        var result = 0;
        for (var i = 0; i < n; i++) // expect: META0100
        {
            try
            {
                result += i;
            }
            catch (System.Exception e) when (e.Message.Length > 0)
            {
                result = 0;
            }
        }
        return result;
    }
}
