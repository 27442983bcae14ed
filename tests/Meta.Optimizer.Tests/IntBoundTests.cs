namespace Meta.Optimizer.Tests;

/// <summary>The interval arithmetic of <see cref="IntBound"/> contains every exact result of values drawn from its operands.</summary>
public sealed class IntBoundTests
{
    private static readonly long[] Edges = [0, 1, -1, 2, -2, 31, 63, 64, 255, int.MaxValue, int.MinValue, (long)int.MaxValue + 1, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1];

    [Fact]
    public void Every_operation_contains_the_exact_results_of_members_of_its_operands()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 20000; i++)
        {
            var (a, b) = (RandomBound(random), RandomBound(random));
            var (x, y) = (Member(random, a), Member(random, b));
            Check(a.Add(b), (Int128)x + y, "add", a, b);
            Check(a.Sub(b), (Int128)x - y, "sub", a, b);
            Check(a.Mul(b), (Int128)x * y, "mul", a, b);
            Check(a.Neg(), -(Int128)x, "neg", a, b);
            Check(a.Not(), ~x, "not", a, b);
            Check(a.And(b), x & y, "and", a, b);
            Check(a.OrXor(b, isOr: true), x | y, "or", a, b);
            Check(a.OrXor(b, isOr: false), x ^ y, "xor", a, b);
            if (y != 0)
            {
                Check(a.Div(b), (Int128)x / y, "div", a, b);
                Check(a.Rem(b), (Int128)x % y, "rem", a, b);
            }
            var count = new IntBound(random.Next(64), 63);
            count = count with { Upper = random.Next((int)count.Lower, 64) };
            var shift = (int)Member(random, count);
            Check(a.ShiftLeft(count), (Int128)x << shift, "shl", a, count);
            Check(a.ShiftRight(count), x >> shift, "shr", a, count);
        }
    }

    [Fact]
    public void Comparisons_and_narrowing()
    {
        var small = new IntBound(0, 9);
        var large = new IntBound(10, 20);
        Assert.True(small.KnownLt(large));
        Assert.True(large.KnownGe(small));
        Assert.False(small.KnownLe(new IntBound(5, 20)));
        Assert.Equal(new IntBound(0, 8), small.BelowUpperOf(new IntBound(3, 9), strict: true));
        Assert.Equal(new IntBound(4, 9), small.AboveLowerOf(new IntBound(3, 100), strict: true));
        Assert.Equal(new IntBound(1, 9), small.Excluding(0));
        Assert.Equal(small, small.Excluding(5));
        Assert.True(IntBound.Exactly(0).Excluding(0).IsEmpty);
        Assert.Null(IntBound.Unbounded.Add(IntBound.Exactly(1)));
        Assert.Equal(IntBound.Int32, IntBound.OfKind(Meta.Tracing.IR.ValueKind.I32));
    }

    private static void Check(IntBound? bound, Int128 exact, string operation, IntBound a, IntBound b)
    {
        // A null bound claims nothing: some exact result left the long range.
        Assert.True(bound is null || (bound.Value.Lower <= exact && exact <= bound.Value.Upper),
            $"{operation} of {a} and {b} gave {bound}, which misses {exact}");
    }

    private static IntBound RandomBound(Random random)
    {
        var (p, q) = (Value(random), Value(random));
        return new IntBound(Math.Min(p, q), Math.Max(p, q));
    }

    private static long Value(Random random) => random.Next(3) switch
    {
        0 => Edges[random.Next(Edges.Length)],
        1 => random.Next(-300, 300),
        _ => random.NextInt64(long.MinValue, long.MaxValue),
    };

    private static long Member(Random random, IntBound bound) => random.Next(3) switch
    {
        0 => bound.Lower,
        1 => bound.Upper,
        _ => (long)Int128.Clamp(bound.Lower + (Int128)(random.NextDouble() * (double)((Int128)bound.Upper - bound.Lower)), bound.Lower, bound.Upper),
    };
}
