using Meta.Jit;

namespace Meta.Tracing.Recording;

/// <summary>
/// IL arithmetic that has no trace operation (docs/trace-ir.md has no unsigned division and no
/// float remainder): tracing code records it as call_pure of one of these, folded on constants,
/// as RPython's codewriter turns low-level operations without a jitcode into calls of helper
/// functions (rpython/jit/codewriter/support.py, jtransform.py's _do_builtin_call).
/// </summary>
public static class ResidualArithmetic
{
    [Elidable]
    public static int UnsignedDivide(int a, int b) => (int)((uint)a / (uint)b);

    [Elidable]
    public static long UnsignedDivide(long a, long b) => (long)((ulong)a / (ulong)b);

    [Elidable]
    public static int UnsignedRemainder(int a, int b) => (int)((uint)a % (uint)b);

    [Elidable]
    public static long UnsignedRemainder(long a, long b) => (long)((ulong)a % (ulong)b);

    [Elidable]
    public static double Remainder(double a, double b) => a % b;
}
