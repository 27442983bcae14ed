using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests.Passes;

/// <summary>
/// Random traces of class, nullness and identity guards over a few objects, recorded so that every
/// guard passes for one recording input, run before and after the default pipeline on other
/// inputs. The optimized trace must finish with the same values whenever the original does; where
/// the original exits, the optimized one exits at the same guard or an earlier one (a strengthened
/// guard fails at the place of the guard it replaced), never later.
/// </summary>
public sealed class GuardSoundnessTests
{
    private sealed class BoxA;

    private sealed class BoxB;

    private static readonly ClassDescr ClassA = new("BoxA") { Type = typeof(BoxA) };
    private static readonly ClassDescr ClassB = new("BoxB") { Type = typeof(BoxB) };
    private static readonly object?[] Pool = [null, new BoxA(), new BoxA(), new BoxB()];

    [Fact]
    public void Optimized_traces_never_exit_later_and_finish_alike()
    {
        var random = new Random(20261121);
        for (var trace = 0; trace < 500; trace++)
        {
            var recording = Enumerable.Range(0, 3).Select(_ => random.Next(Pool.Length)).ToArray();
            var original = Record(random, recording);
            var optimized = Optimizer.Optimize(original, Pipeline.Default);
            Assert.Empty(TraceVerifier.Check(optimized));
            for (var run = 0; run < 20; run++)
            {
                var inputs = run == 0 ? recording : recording.Select(index => random.Next(3) == 0 ? random.Next(Pool.Length) : index).ToArray();
                var (expectedExit, expected) = Run(original, inputs);
                var (actualExit, actual) = Run(optimized, inputs);
                Assert.True(actualExit <= expectedExit && (expectedExit != int.MaxValue || expected == actual),
                    $"inputs {string.Join(", ", inputs)}: expected {expectedExit} {expected}, got {actualExit} {actual}\n{TracePrinter.Print(original)}---\n{TracePrinter.Print(optimized)}");
            }
        }
    }

    /// <summary>Records a trace over three refs, as the tracer would: each guard states what the recording input does.</summary>
    private static Trace Record(Random random, int[] recording)
    {
        Input[] inputs = [new(ValueKind.Ref), new(ValueKind.Ref), new(ValueKind.Ref)];
        var values = new Dictionary<Value, object?>();
        for (var i = 0; i < inputs.Length; i++)
        {
            values[inputs[i]] = Pool[recording[i]];
        }
        var ops = new List<Operation>();
        void Guard(Opcode opcode, Value[] operands, ClassDescr? descr = null) =>
            ops.Add(new Operation(opcode, operands, descr, new ResumeData([new ResumeFrame("M", ops.Count + 1, [], [])])));
        Value Any() => random.Next(5) == 0 ? Constant.Ref(Pool[random.Next(Pool.Length)]) : values.Keys.ElementAt(random.Next(values.Count));
        var length = random.Next(3, 16);
        while (ops.Count < length)
        {
            var value = Any();
            var seen = value is Constant constant ? constant.AsRef : values[value];
            switch (random.Next(6))
            {
                case 0:
                    Guard(seen is null ? Opcode.GuardIsnull : Opcode.GuardNonnull, [value]);
                    break;
                case 1 when seen is not null:
                    Guard(Opcode.GuardClass, [value], seen is BoxA ? ClassA : ClassB);
                    break;
                case 2:
                    Guard(Opcode.GuardValue, [value, Constant.Ref(seen)]);
                    break;
                case 3:
                    var other = Any();
                    var opcode = random.Next(2) == 0 ? Opcode.PtrEq : Opcode.PtrNe;
                    var compare = new Operation(opcode, [value, other]);
                    var same = ReferenceEquals(seen, other is Constant c ? c.AsRef : values[other]);
                    ops.Add(compare);
                    Guard(same == (opcode == Opcode.PtrEq) ? Opcode.GuardTrue : Opcode.GuardFalse, [compare]);
                    break;
                case 4:
                    var allocation = new Operation(Opcode.New, [], random.Next(2) == 0 ? ClassA : ClassB);
                    values[allocation] = allocation.Descr == ClassA ? new BoxA() : new BoxB();
                    ops.Add(allocation);
                    break;
            }
        }
        ops.Add(new Operation(Opcode.Finish, values.Keys.ToArray()));
        return new Trace(inputs, ops).Verified();
    }

    /// <summary>Runs a trace: the offset of the first failing guard (MaxValue if none) and the finish values, named.</summary>
    private static (int Exit, string Values) Run(Trace trace, int[] inputs)
    {
        var values = new Dictionary<Value, object?>();
        for (var i = 0; i < inputs.Length; i++)
        {
            values[trace.Inputs[i]] = Pool[inputs[i]];
        }
        var allocated = new List<object>();
        object? Eval(Value value) => value is Constant constant ? constant.AsRef : values[value];
        int Truth(Value value) => value is Constant constant ? constant.AsInt : (int)values[value]!;
        string Name(object? value) => value is null ? "null" : Array.IndexOf(Pool, value) is var index and >= 0 ? $"pool{index}" : $"new{allocated.IndexOf(value)}";
        foreach (var op in trace.Operations)
        {
            var passes = op.Opcode switch
            {
                Opcode.GuardNonnull => Eval(op.Operands[0]) is not null,
                Opcode.GuardIsnull => Eval(op.Operands[0]) is null,
                Opcode.GuardClass => Eval(op.Operands[0])?.GetType() == ((ClassDescr)op.Descr!).Type,
                Opcode.GuardValue => ReferenceEquals(Eval(op.Operands[0]), Eval(op.Operands[1])),
                Opcode.GuardTrue => Truth(op.Operands[0]) != 0,
                Opcode.GuardFalse => Truth(op.Operands[0]) == 0,
                _ => true,
            };
            if (!passes)
            {
                return (op.Resume!.Frames[0].ILOffset, "");
            }
            switch (op.Opcode)
            {
                case Opcode.Finish:
                    return (int.MaxValue, string.Join(", ", op.Operands.Select(operand => Name(Eval(operand)))));
                case Opcode.New:
                    var created = op.Descr == ClassA ? (object)new BoxA() : new BoxB();
                    allocated.Add(created);
                    values[op] = created;
                    break;
                case Opcode.PtrEq or Opcode.PtrNe:
                    values[op] = PureSemantics.Fold(op.Opcode, [Constant.Ref(Eval(op.Operands[0])), Constant.Ref(Eval(op.Operands[1]))])!.AsInt;
                    break;
            }
        }
        throw new InvalidOperationException("a trace without finish");
    }
}
