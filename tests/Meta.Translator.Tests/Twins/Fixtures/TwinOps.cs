// Interpreter-like methods, one per opcode family, that the portal reaches: each gets a tracing
// twin. The tests run each original and its twin side by side and compare the recorded trace.
using Meta.Jit;

namespace Twins;

public sealed class Cell
{
    public int Value;
    public readonly int Fixed;

    public Cell(int value, int fixedValue)
    {
        Value = value;
        Fixed = fixedValue;
    }
}

public abstract class Shape
{
    public abstract int Area();
}

public sealed class Square : Shape
{
    public int Side;

    public override int Area() => Side * Side;
}

public sealed class Rectangle : Shape
{
    public int Width;
    public int Height;

    public override int Area() => Width * Height;
}

// An override outside this slice (float32): the abstract twin is dropped and calls through it stay residual.
public abstract class Node
{
    public abstract int Eval();
}

public sealed class Leaf : Node
{
    public int V;

    public override int Eval() => V;
}

public sealed class FloatLeaf : Node
{
    public float F;

    public override int Eval() => (int)F;
}

// A constructor with a twin whose base constructor (System.Exception's) has none: a residual call.
public sealed class OpsError : System.Exception
{
    public readonly int Code;

    public OpsError(string message, int code) : base(message)
    {
        Code = code;
    }
}

public static class Ops
{
    public static int Counter;

    public static int Arith(int a, int b) => ((a + b) * (a - b)) ^ (a << 2);

    public static long Longs(long a, int b) => (a * b) + (a >> 3);

    public static double Floats(double x, double y) => (x * y) - (x / 2.0);

    public static int Compare(int a)
    {
        if (a < 10)
        {
            return a + 1;
        }
        return a - 1;
    }

    public static int FloatCompare(double x) => x < 1.5 ? 1 : 2;

    public static int Folded(int a)
    {
        var x = 6;
        var y = x * 7;
        return y + a;
    }

    public static int Checked(int a, int b) => checked(a + b);

    public static int SignExtend(int a) => (sbyte)a + (short)a;

    public static int Conversions(long a, double d) => (int)a + (int)d + (byte)(int)a + (int)(a * 2.0);

    public static int ReadWrite(Cell c, int v)
    {
        c.Value = c.Value + v;
        return c.Value + c.Fixed;
    }

    public static int NullCheck(Cell? c) => c == null ? 0 : c.Value;

    public static int Outer(int a) => Inner(a) * 2;

    public static int Inner(int a)
    {
        if (a > 0)
        {
            return a;
        }
        return -a;
    }

    [DontLookInside]
    public static int Opaque(int a) => a + 1;

    public static int CallsOpaque(int a) => Opaque(a) + 1;

    public static int AreaOf(Shape s) => s.Area() + 1;

    public static int Arrays(int[] xs)
    {
        xs[0] = xs[1] + xs.Length;
        return xs[0];
    }

    public static int[] NewArray(int n) => new int[n];

    public static int Promoted(int a) => Hints.Promote(a) + 1;

    public static int Green(int a)
    {
        Hints.AssertGreen(a);
        return a * 2;
    }

    public static int Jitted(int a) => Hints.WeAreJitted() ? (Hints.IsConstant(a) ? 1 : 2) : 3;

    public static int Switch(int a)
    {
        switch (a)
        {
            case 0: return 10;
            case 1: return 20;
            case 2: return 30;
            default: return 0;
        }
    }

    public static int Bump()
    {
        Counter = Counter + 1;
        return Counter;
    }

    public static int Overflowing(int a) => checked(a * 1000);

    // Outside this slice: no twin, and the report says why.
    public static float Single(float x) => x * 2f;

    public static int Guarded(int a)
    {
        try
        {
            return 10 / a;
        }
        catch (System.DivideByZeroException)
        {
            return 0;
        }
    }

    public static int CallsGuarded(int a) => Guarded(a) + 1;

    // Outside this slice (a struct other than a primitive, by address): no twin, called residually.
    public static int Days(int a)
    {
        var span = new System.TimeSpan(a);
        return span.Days;
    }

    public static int CallsDays(int a) => Days(a) + 1;

    // Methods of primitive structs on addresses: residual calls taking the value.
    public static int Compared(int a) => a.CompareTo(3);

    public static int FieldCompared(Cell c) => c.Value.CompareTo(3);

    public static string CharOf(long code) => ((char)code).ToString();

    // Arithmetic without a trace operation: call_pure of a helper.
    public static int Unsigned(int a) => (int)((uint)a / 3u);

    public static double FloatRemainder(double a) => a % 2.5;

    // Overloads: resume frames name methods Type.Method, so only one of them can have a twin.
    public static int Twice(int a) => a * 2;

    public static long Twice(long a) => a * 2;

    // cgt.un on doubles: true when unordered.
    public static bool NotAtMost(double a, double b) => !(a <= b);

    // A long index: conv.ovf.i, an int32 index behind a guard in the trace.
    public static int ItemAt(int[] xs, long i) => xs[i];

    public static int Thrower(int a)
    {
        if (a < 0)
        {
            throw new OpsError("negative", a);
        }
        return a;
    }

    // Thrown by an inlined twin and caught here: control flow of the trace.
    public static int CatchesOwn(int a)
    {
        try
        {
            return Thrower(a) + 1;
        }
        catch (OpsError e)
        {
            return e.Code * 2;
        }
    }

    public static int WithFinally(Cell c, int a)
    {
        try
        {
            c.Value = a;
            return a * 2;
        }
        finally
        {
            c.Value = c.Value + 1;
        }
    }

    [DontLookInside]
    public static int Fails(int a) => a == 0 ? throw new System.InvalidOperationException("zero") : a;

    // Raised by a residual call and caught here: call + guard_exception.
    public static int CatchesResidual(int a)
    {
        try
        {
            return Fails(a) + 1;
        }
        catch (System.InvalidOperationException)
        {
            return -1;
        }
    }

    public static int Saturating(int a)
    {
        try
        {
            return checked(a + 1);
        }
        catch (System.OverflowException)
        {
            return int.MaxValue;
        }
    }

    public static int Rethrows(int a)
    {
        try
        {
            return Thrower(a);
        }
        catch (OpsError)
        {
            Counter = Counter + 1;
            throw;
        }
    }

    public static int CatchesRethrown(int a)
    {
        try
        {
            return Rethrows(a);
        }
        catch (OpsError e)
        {
            return e.Code;
        }
    }

    // Residual allocations: constructors of library classes have no twin.
    public static System.Text.StringBuilder Builder(int n) => new System.Text.StringBuilder(n);

    public static string Named(System.Collections.Generic.List<string> names, int i) => names[i];

    public static Cell MakeCell(int a) => new Cell(a, 1);

    public static int EvalOf(Node n) => n.Eval() + 1;

    public static int IsSquare(Shape s) => s is Square ? 1 : 2;
}

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("twins", new[] { "pc" }, new[] { "acc", "cell", "shape", "xs" });

    public static int Run(Cell cell, Shape shape, int[] xs)
    {
        var pc = 0;
        var acc = 0;
        while (pc < 3)
        {
            Driver.MergePoint(pc, acc, cell, shape, xs);
            acc += Ops.Arith(pc, acc) + (int)Ops.Longs(acc, pc) + (int)Ops.Floats(acc, pc) + Ops.Compare(acc) + Ops.FloatCompare(acc);
            acc += Ops.Folded(acc) + Ops.Checked(acc, pc) + Ops.Conversions(acc, acc) + Ops.ReadWrite(cell, pc) + Ops.NullCheck(cell);
            acc += Ops.Outer(acc) + Ops.CallsOpaque(acc) + Ops.AreaOf(shape) + Ops.Arrays(xs) + Ops.NewArray(pc).Length;
            acc += Ops.Promoted(acc) + Ops.Jitted(acc) + Ops.Switch(pc) + Ops.Bump() + Ops.Overflowing(pc);
            acc += Ops.CatchesOwn(pc) + Ops.WithFinally(cell, pc) + Ops.CatchesResidual(pc) + Ops.Saturating(pc) + Ops.CatchesRethrown(pc);
            acc += Ops.CallsDays(pc) + Ops.Compared(pc) + Ops.FieldCompared(cell) + Ops.CharOf(pc).Length + Ops.Unsigned(pc) + (int)Ops.FloatRemainder(pc) + (Ops.NotAtMost(pc, 1.5) ? 1 : 0) + Ops.Twice(pc) + (int)Ops.Twice((long)pc) + Ops.ItemAt(xs, pc) + Ops.Builder(pc).Capacity + Ops.Named(new System.Collections.Generic.List<string> { "a" }, 0).Length;
            acc += (int)Ops.Single(pc) + Ops.CallsGuarded(pc) + Ops.MakeCell(pc).Value + Ops.EvalOf(new Leaf()) + Ops.IsSquare(shape) + Ops.SignExtend(pc) + Ops.Green(pc);
            pc++;
        }
        return acc;
    }
}
