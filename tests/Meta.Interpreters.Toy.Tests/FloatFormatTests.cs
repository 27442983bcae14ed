using System.Globalization;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Tests;

public class FloatFormatTests
{
    // Checked against CPython 3.11's repr().
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00012, "0.00012")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e100, "1e+100")]
    [InlineData(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [InlineData(4.9406564584124654e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Repr_matches_python(double value, string expected)
    {
        Assert.Equal(expected, FloatFormat.Repr(value));
    }

    [Fact]
    public void Repr_reads_back_as_the_same_double_and_keeps_a_float_look()
    {
        var random = new Random(20261121);
        Span<byte> bits = stackalloc byte[8];
        for (var i = 0; i < 20000; i++)
        {
            random.NextBytes(bits);
            var value = BitConverter.ToDouble(bits);
            if (!double.IsFinite(value))
            {
                continue;
            }
            var text = FloatFormat.Repr(value);
            Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
            Assert.True(text.Contains('.') || text.Contains('e'), text);
        }
    }
}
