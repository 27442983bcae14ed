// A library without a merge point: nothing is traced, so its LINQ is not checked.
// expect-elsewhere: META0101
using System.Linq;

namespace Fixtures;

public static class Helpers
{
    public static int Total(int[] values) => values.Sum();
}
