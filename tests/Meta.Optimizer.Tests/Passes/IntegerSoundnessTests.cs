using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests.Passes;

/// <summary>
/// Random integer traces, recorded the way the tracer does (each guard chosen to pass for one
/// recording input), run before and after the default pipeline on inputs near the recording one:
/// both must leave by the same guard or finish with the same values. A guard removed that was
/// needed, or a bound that is wrong, shows up here as a different exit or result.
/// </summary>
public sealed class IntegerSoundnessTests
{
    private static readonly int[] Interesting = [0, 1, -1, 2, 7, 10, 100, 255, 65536, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1];

    [Fact]
    public void Optimized_traces_exit_where_and_finish_with_what_the_originals_do()
    {
        var random = new Random(20261121);
        for (var trace = 0; trace < 600; trace++)
        {
            var recording = new long[] { Pick(random), Pick(random), (long)Pick(random) * Pick(random) };
            recording[1] = random.Next(4) == 0 ? recording[0] : recording[1];
            var original = Record(random, recording);
            var optimized = Optimizer.Optimize(original, Pipeline.Default);
            Assert.Empty(TraceVerifier.Check(optimized));
            for (var run = 0; run < 25; run++)
            {
                var inputs = run == 0 ? recording : recording.Select(value => Near(random, value)).ToArray();
                inputs[1] = run > 0 && random.Next(4) == 0 ? inputs[0] : inputs[1]; // equal inputs: where x <= y and x < y part
                var expected = Run(original, inputs);
                var actual = Run(optimized, inputs);
                Assert.True(expected == actual,
                    $"inputs {string.Join(", ", inputs)}: expected {expected}, got {actual}\n{TracePrinter.Print(original)}---\n{TracePrinter.Print(optimized)}");
            }
        }
    }

    private static long Number(Constant constant) => constant.Kind == ValueKind.I32 ? constant.AsInt : constant.AsLong;

    private static int Pick(Random random) => random.Next(3) == 0 ? random.Next() - random.Next() : Interesting[random.Next(Interesting.Length)];

    private static long Near(Random random, long value) => random.Next(4) switch
    {
        0 => value,
        1 => value + random.Next(-3, 4),
        2 => Interesting[random.Next(Interesting.Length)],
        _ => value < int.MinValue || value > int.MaxValue ? random.NextInt64() : random.Next() - random.Next(),
    };

    /// <summary>Records a trace over inputs (i32, i32, i64), evaluating as it goes: guards take the recorded direction.</summary>
    private static Trace Record(Random random, long[] recording)
    {
        Input[] inputs = [new(ValueKind.I32), new(ValueKind.I32), new(ValueKind.I64)];
        var values = new Dictionary<Value, Constant>
        {
            [inputs[0]] = Constant.Int((int)recording[0]),
            [inputs[1]] = Constant.Int((int)recording[1]),
            [inputs[2]] = Constant.Long(recording[2]),
        };
        var ops = new List<Operation>();
        var guards = 0;
        Value Any(ValueKind kind)
        {
            var candidates = values.Keys.Where(value => value.Kind == kind).ToList();
            if (random.Next(3) != 0)
            {
                // Inputs often: relations between the same few values are what guards teach.
                return random.Next(2) == 0 ? candidates[random.Next(Math.Min(candidates.Count, kind == ValueKind.I32 ? 2 : 1))] : candidates[random.Next(candidates.Count)];
            }
            // A constant near a recorded value makes guards that hold with no room to spare: off-by-one bounds show.
            var near = random.Next(2) == 0 ? Interesting[random.Next(Interesting.Length)] : Number(values[candidates[random.Next(candidates.Count)]]) + random.Next(-2, 3);
            return kind == ValueKind.I32 ? Constant.Int(unchecked((int)near)) : Constant.Long(near);
        }
        Constant Eval(Value value) => value as Constant ?? values[value];
        void Guard(Opcode opcode, params Value[] operands) =>
            ops.Add(new Operation(opcode, operands, null, new ResumeData([new ResumeFrame("M", ++guards, [], [])])));
        Opcode[] binary = [Opcode.IntAdd, Opcode.IntSub, Opcode.IntMul, Opcode.IntAnd, Opcode.IntOr, Opcode.IntXor, Opcode.IntShl, Opcode.IntShr, Opcode.IntUshr,
            Opcode.IntAddOvf, Opcode.IntSubOvf, Opcode.IntMulOvf, Opcode.IntLt, Opcode.IntLe, Opcode.IntGt, Opcode.IntGe, Opcode.IntEq, Opcode.IntNe,
            Opcode.UintLt, Opcode.UintLe, Opcode.UintGt, Opcode.UintGe, Opcode.IntRem, Opcode.IntDiv, Opcode.LongAdd, Opcode.LongAddOvf, Opcode.LongMulOvf, Opcode.LongLt];
        Opcode[] unary = [Opcode.IntNeg, Opcode.IntNot, Opcode.IntIsTrue, Opcode.IntIsZero, Opcode.IntToLong, Opcode.UintToLong, Opcode.LongToInt];
        var length = random.Next(4, 24);
        while (ops.Count < length)
        {
            Operation op;
            if (random.Next(3) == 0)
            {
                var opcode = unary[random.Next(unary.Length)];
                op = new Operation(opcode, [Any(OpInfo.FixedKind(OpInfo.Of(opcode).Operands[0])!.Value)]);
            }
            else
            {
                var opcode = binary[random.Next(binary.Length)];
                var kinds = OpInfo.Of(opcode).Operands.Select(spec => OpInfo.FixedKind(spec)!.Value).ToArray();
                // Division by a non-zero constant other than -1: the recorder guards the other cases first.
                var right = opcode is Opcode.IntRem or Opcode.IntDiv ? Constant.Int(new[] { 2, 3, 10, -7, 256 }[random.Next(5)]) : Any(kinds[1]);
                op = new Operation(opcode, [Any(kinds[0]), right]);
            }
            var result = PureSemantics.Fold(op.Opcode, op.Operands.Select(Eval).ToList());
            if (result is null)
            {
                continue; // overflowed on the recording input: the interpreter took another path
            }
            values[op] = result;
            ops.Add(op);
            if (op.Info.IsOverflow)
            {
                Guard(Opcode.GuardNoOverflow);
            }
            else if (random.Next(6) == 0)
            {
                Guard(Opcode.GuardValue, op, result); // as a promote would
            }
            else if (op.Kind == ValueKind.I32 && random.Next(2) == 0)
            {
                Guard(result.AsInt != 0 ? Opcode.GuardTrue : Opcode.GuardFalse, op);
            }
        }
        ops.Add(new Operation(Opcode.Finish, values.Keys.Where(value => value is Operation).ToArray()));
        return new Trace(inputs, ops).Verified();
    }

    /// <summary>Runs a straight-line trace: "exit M@k" at the first failing guard, else the finish values.</summary>
    private static string Run(Trace trace, long[] inputs)
    {
        var values = new Dictionary<Value, Constant>();
        for (var i = 0; i < trace.Inputs.Count; i++)
        {
            values[trace.Inputs[i]] = trace.Inputs[i].Kind == ValueKind.I32 ? Constant.Int(unchecked((int)inputs[i])) : Constant.Long(inputs[i]);
        }
        Constant Eval(Value value) => value as Constant ?? values[value];
        var overflowed = false;
        foreach (var op in trace.Operations)
        {
            var passes = op.Opcode switch
            {
                Opcode.GuardTrue => Eval(op.Operands[0]).AsInt != 0,
                Opcode.GuardFalse => Eval(op.Operands[0]).AsInt == 0,
                Opcode.GuardValue => Eval(op.Operands[0]).Equals(Eval(op.Operands[1])),
                Opcode.GuardNoOverflow => !overflowed,
                Opcode.GuardOverflow => overflowed,
                _ => true,
            };
            if (!passes)
            {
                return $"exit {op.Resume!.Frames[0].Method}@{op.Resume.Frames[0].ILOffset}";
            }
            if (op.Opcode == Opcode.Finish)
            {
                return "finish " + string.Join(", ", op.Operands.Select(Eval));
            }
            if (op.Kind != ValueKind.Void)
            {
                var result = PureSemantics.Fold(op.Opcode, op.Operands.Select(Eval).ToList());
                overflowed = result is null && op.Info.IsOverflow;
                // An _ovf op that overflowed has no value; its guard exits before anything reads it.
                values[op] = result ?? (op.Kind == ValueKind.I32 ? Constant.Int(0) : Constant.Long(0));
            }
        }
        throw new InvalidOperationException("a trace without finish");
    }
}
