using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

/// <summary>
/// Every row of the op table is run by both the IR interpreter and the backend. An op added to
/// <see cref="Opcode"/> fails here until it has a sample below (or, for a numeric op, until both
/// sides compute it), so neither side can silently lack it.
/// </summary>
public class OpCoverageTests
{
    /// <summary>A trace that uses the op, and its inputs, for the ops that are not plain numeric ones.</summary>
    private static readonly Dictionary<Opcode, (string Text, Func<TraceValue[]> Inputs)> Samples = new()
    {
        [Opcode.PtrEq] = ("[r0]\ni1 = ptr_eq(r0, r0)\nfinish(i1)", () => [Ref(new Box())]),
        [Opcode.PtrNe] = ("[r0]\ni1 = ptr_ne(r0, null)\nfinish(i1)", () => [Ref(new Box())]),
        [Opcode.SameAs] = ("[f0]\nf1 = same_as(f0)\nfinish(f1)", () => [Float(2.5)]),
        [Opcode.StrLen] = ("[r0]\ni1 = strlen(r0)\nfinish(i1)", () => [Ref("four")]),
        [Opcode.StrGetItem] = ("[r0]\ni1 = strgetitem(r0, 2)\nfinish(i1)", () => [Ref("four")]),
        [Opcode.GetField] = ("[r0]\ni1 = getfield(r0, descr=Box.i)\nfinish(i1)", () => [Ref(new Box { I = 4 })]),
        [Opcode.SetField] = ("[r0]\nsetfield(r0, 3.5, descr=Box.d)\nfinish()", () => [Ref(new Box())]),
        [Opcode.GetStatic] = ("[]\ni0 = getstatic(descr=Box.counter)\nfinish(i0)", () => []),
        [Opcode.SetStatic] = ("[]\nsetstatic(12, descr=Box.counter)\nfinish()", () => []),
        [Opcode.GetArrayItem] = ("[r0]\nl1 = getarrayitem(r0, 1, descr=longs)\nfinish(l1)", () => [Ref(new long[] { 1, 2 })]),
        [Opcode.SetArrayItem] = ("[r0]\nsetarrayitem(r0, 0, 7L, descr=longs)\nfinish()", () => [Ref(new long[] { 1, 2 })]),
        [Opcode.ArrayLen] = ("[r0]\ni1 = arraylen(r0)\nfinish(i1)", () => [Ref(new long[] { 1, 2 })]),
        [Opcode.New] = ("[]\nr0 = new(descr=Box)\nfinish(r0)", () => []),
        [Opcode.NewArray] = ("[]\nr0 = new_array(3, descr=doubles)\nfinish(r0)", () => []),
        [Opcode.Call] = ("[i0]\ni1 = call(i0, 2, descr=divide)\nguard_no_exception() [A@0]\nfinish(i1)", () => [Int(9)]),
        [Opcode.CallPure] = ("[i0]\ni1 = call_pure(i0, 2, descr=mix)\nfinish(i1)", () => [Int(9)]),
        [Opcode.CallMayForce] = ("[r0]\ncall_may_force(r0, descr=bump)\nfinish()", () => [Ref(new Box())]),
        [Opcode.GuardTrue] = ("[i0]\nguard_true(i0) [A@0]\nfinish()", () => [Int(0)]),
        [Opcode.GuardFalse] = ("[i0]\nguard_false(i0) [A@0]\nfinish()", () => [Int(1)]),
        [Opcode.GuardValue] = ("[l0]\nguard_value(l0, 5L) [A@0 locals(l0)]\nfinish()", () => [Long(4)]),
        [Opcode.GuardClass] = ("[r0]\nguard_class(r0, descr=SubBox) [A@0]\nfinish()", () => [Ref(new Box())]),
        [Opcode.GuardNonnull] = ("[r0]\nguard_nonnull(r0) [A@0]\nfinish()", () => [Ref(null)]),
        [Opcode.GuardIsnull] = ("[r0]\nguard_isnull(r0) [A@0]\nfinish()", () => [Ref("x")]),
        [Opcode.GuardNoException] = ("[i0]\ni1 = call(i0, 0, descr=divide)\nguard_no_exception() [A@0]\nfinish(i1)", () => [Int(9)]),
        [Opcode.GuardException] = ("[i0]\nl1 = call(i0, descr=raise)\nr2 = guard_exception(descr=TestError) [A@0]\nfinish(r2)", () => [Int(1)]),
        [Opcode.GuardNoOverflow] = ("[i0]\ni1 = int_add_ovf(i0, 1)\nguard_no_overflow() [A@0]\nfinish(i1)", () => [Int(int.MaxValue)]),
        [Opcode.GuardOverflow] = ("[i0]\ni1 = int_add_ovf(i0, 1)\nguard_overflow() [A@0]\nfinish(i1)", () => [Int(int.MaxValue)]),
        [Opcode.GuardNotInvalidated] = ("[i0]\nguard_not_invalidated() [A@0]\nfinish(i0)", () => [Int(1)]),
        [Opcode.Label] = ("[i0]\nlabel(i0, descr=L)\ni1 = int_sub(i0, 1)\nguard_true(i1) [A@0]\njump(i1, descr=L)", () => [Int(5)]),
        [Opcode.Jump] = ("[i0]\ni1 = int_sub(i0, 1)\nguard_true(i1) [A@0]\njump(i1)", () => [Int(5)]),
        [Opcode.Finish] = ("[i0]\nfinish(i0)", () => [Int(5)]),
    };

    public static TheoryData<Opcode> AllOps() => [.. OpInfo.All.Select(info => info.Code)];

    [Theory]
    [MemberData(nameof(AllOps))]
    public void Op_is_run_alike_by_interpreter_and_backend(Opcode code)
    {
        var info = OpInfo.Of(code);
        var (trace, inputs) = Samples.TryGetValue(code, out var sample)
            ? (TestWorld.Parse(sample.Text), sample.Inputs)
            : NumericSample(info);
        Assert.Contains(trace.Operations, op => op.Opcode == code);
        Differential.Run(trace, inputs);
    }

    /// <summary>For an op whose operands are all numbers: the op applied to the inputs 7 and 3 of its kinds.</summary>
    private static (Trace, Func<TraceValue[]>) NumericSample(OpInfo info)
    {
        var kinds = info.Operands.Select(OpInfo.FixedKind).ToArray();
        Assert.True(kinds.Length > 0 && kinds.All(kind => kind is ValueKind.I32 or ValueKind.I64 or ValueKind.F64),
            $"{info.Name} has no sample in OpCoverageTests: add one (and support it in TraceInterpreter and the CIL backend)");
        var names = kinds.Select((kind, i) => $"{kind!.Value.Prefix()}{i}").ToArray();
        var result = Operation.ResultKind(info, kinds.Select(kind => (Value)new Input(kind!.Value)).ToList(), null);
        var text = $"[{string.Join(", ", names)}]\n{result.Prefix()}9 = {info.Name}({string.Join(", ", names)})\n"
            + (info.IsOverflow ? "guard_no_overflow() [A@0]\n" : "") + $"finish({result.Prefix()}9)";
        var values = kinds.Select((kind, i) => kind switch
        {
            ValueKind.I32 => Int(i == 0 ? 7 : 3),
            ValueKind.I64 => Long(i == 0 ? 7 : 3),
            _ => Float(i == 0 ? 7.0 : 3.0),
        }).ToArray();
        return (TestWorld.Parse(text), () => values);
    }
}
