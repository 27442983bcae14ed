namespace Meta.Backend.Cil.Tests;

/// <summary>A small heap object with a field of every kind the tests touch.</summary>
public class Box
{
    public int I;
    public long L;
    public double D;
    public object? R;
    public bool Flag;
    public byte Small;
    public float Single;
    public static int Counter;

    public long Sum() => I + L;

    public virtual int Kind() => 1;
}

public sealed class SubBox : Box
{
    public override int Kind() => 2;
}

public sealed class TestError(string message) : Exception(message);

/// <summary>Methods that traces call: pure, effectful, raising.</summary>
public static class Helpers
{
    public static int Mix(int a, int b) => unchecked((a * 31) ^ b);

    public static double Scale(double x, long factor) => x * factor;

    public static int Divide(int a, int b) => b == 0 ? throw new DivideByZeroException("divide by zero in trace") : a / b;

    public static void Bump(Box box) => box.I++;

    public static long Raise(int code) => code switch
    {
        1 => throw new TestError("code 1"),
        2 => throw new InvalidOperationException("code 2"),
        _ => code * 10L,
    };

    public static object? Pick(Box box, int which) => which % 2 == 0 ? box : box.R;

    public static bool IsOdd(int x) => (x & 1) != 0;
}
