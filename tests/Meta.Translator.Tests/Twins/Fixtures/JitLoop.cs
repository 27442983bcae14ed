// A small register interpreter for the end-to-end tests of the translated portal: tracing at
// the merge point, compiled loops, guards failing inside inlined methods, resumption.
using System;
using System.IO;
using Meta.Jit;

namespace JitLoop;

public sealed class Frame
{
    public readonly long[] Regs;
    public readonly TextWriter Out;

    public Frame(int registers, TextWriter output)
    {
        Regs = new long[registers];
        Out = output;
    }
}

public sealed class LoopError : Exception
{
    public LoopError(string message) : base(message)
    {
    }
}

public static class Ops
{
    // Branches on data: its guards fail in compiled code.
    public static long Collatz(long n)
    {
        if (n % 2 == 0)
        {
            return n / 2;
        }
        return (3 * n) + 1;
    }

    public static long Divide(long a, long b)
    {
        if (b == 0)
        {
            throw new LoopError("division by zero");
        }
        return a / b;
    }

    // An exception thrown and caught inside the trace.
    public static long SafeDivide(long a, long b)
    {
        try
        {
            return Divide(a, b);
        }
        catch (LoopError)
        {
            return -1;
        }
    }

    public static long Saturating(long a, long b)
    {
        try
        {
            return checked(a + b);
        }
        catch (OverflowException)
        {
            return long.MaxValue;
        }
    }

    [DontLookInside]
    public static void Print(TextWriter output, long value) => output.WriteLine(value);
}

public static class Interp
{
    private static readonly JitDriver Driver = new JitDriver("loop", new[] { "pc", "code" }, new[] { "frame" });

    public const int AddImmediate = 0, Add = 1, JumpIfLess = 2, Print = 3, Halt = 4, Divide = 5, Collatz = 6, Saturate = 7, Fail = 8, Modulo = 9;

    public static long Run(int[] code, Frame frame)
    {
        var pc = 0;
        try
        {
            while (true)
            {
                Driver.MergePoint(pc, code, frame);
                switch (code[pc])
                {
                    case AddImmediate:
                        frame.Regs[code[pc + 1]] = frame.Regs[code[pc + 1]] + code[pc + 2];
                        pc += 3;
                        break;
                    case Add:
                        frame.Regs[code[pc + 1]] = frame.Regs[code[pc + 2]] + frame.Regs[code[pc + 3]];
                        pc += 4;
                        break;
                    case JumpIfLess:
                        if (frame.Regs[code[pc + 1]] < frame.Regs[code[pc + 2]])
                        {
                            pc = code[pc + 3];
                            Driver.CanEnterJit(pc, code, frame);
                        }
                        else
                        {
                            pc += 4;
                        }
                        break;
                    case Print:
                        Ops.Print(frame.Out, frame.Regs[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Halt:
                        return frame.Regs[0];
                    case Divide:
                        frame.Regs[code[pc + 1]] = Ops.SafeDivide(frame.Regs[code[pc + 2]], frame.Regs[code[pc + 3]]);
                        pc += 4;
                        break;
                    case Collatz:
                        frame.Regs[code[pc + 1]] = Ops.Collatz(frame.Regs[code[pc + 1]]);
                        pc += 2;
                        break;
                    case Saturate:
                        frame.Regs[code[pc + 1]] = Ops.Saturating(frame.Regs[code[pc + 1]], frame.Regs[code[pc + 2]]);
                        pc += 3;
                        break;
                    case Fail:
                        if (frame.Regs[code[pc + 1]] > code[pc + 2])
                        {
                            throw new LoopError("limit");
                        }
                        pc += 3;
                        break;
                    case Modulo:
                        frame.Regs[code[pc + 1]] = frame.Regs[code[pc + 2]] % code[pc + 3];
                        pc += 4;
                        break;
                    default:
                        throw new InvalidOperationException("unknown instruction");
                }
            }
        }
        catch (LoopError error)
        {
            frame.Out.WriteLine("error: " + error.Message);
            return -1;
        }
    }
}
