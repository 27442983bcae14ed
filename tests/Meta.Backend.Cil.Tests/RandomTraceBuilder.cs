using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using static Meta.Tracing.IR.Opcode;

namespace Meta.Backend.Cil.Tests;

/// <summary>
/// Builds a random well-typed trace from a <see cref="ChoiceStream"/>: a loop over a counter
/// input (a guard exits when it reaches 0), with or without a label and a preamble, whose body
/// mixes int/long/float arithmetic (overflow variants with their guards), comparisons, guards
/// on computed values, field and array ops on a Box and arrays, allocations, calls (pure,
/// effectful, raising) and string ops; or a finish instead of the jump. Every op keeps the
/// preconditions a recorder would guard: divisors are made non-zero and positive, indexes are
/// masked to the array length, field ops only see Box references.
/// </summary>
public sealed class RandomTraceBuilder
{
    private static readonly int[] IntPool = [0, 1, -1, 2, 3, 7, 31, 32, 100, -100, 65535, int.MaxValue, int.MinValue, int.MaxValue - 1];
    private static readonly long[] LongPool = [0, 1, -1, 5, 63, 64, 1L << 40, long.MaxValue, long.MinValue, int.MaxValue, -3_037_000_500L];
    private static readonly double[] FloatPool = [0.0, -0.0, 1.5, -2.5, 0.1, 1e10, -1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 2147483648.0];

    private static readonly Opcode[] IntBinary = [IntAdd, IntSub, IntMul, IntAnd, IntOr, IntXor, IntShl, IntShr, IntUshr];
    private static readonly Opcode[] IntCompare = [IntLt, IntLe, IntEq, IntNe, IntGt, IntGe, UintLt, UintLe, UintGt, UintGe];
    private static readonly Opcode[] IntUnary = [IntNeg, IntNot, IntIsZero, IntIsTrue];
    private static readonly Opcode[] LongBinary = [LongAdd, LongSub, LongMul, LongAnd, LongOr, LongXor];
    private static readonly Opcode[] LongShift = [LongShl, LongShr, LongUshr];
    private static readonly Opcode[] LongCompare = [LongLt, LongLe, LongEq, LongNe, LongGt, LongGe, UlongLt, UlongLe, UlongGt, UlongGe];
    private static readonly Opcode[] LongUnary = [LongNeg, LongNot, LongIsZero, LongIsTrue];
    private static readonly Opcode[] FloatBinary = [FloatAdd, FloatSub, FloatMul, FloatDiv];
    private static readonly Opcode[] FloatCompare = [FloatLt, FloatLe, FloatEq, FloatNe, FloatGt, FloatGe];
    private static readonly Opcode[] Conversions = [IntToLong, UintToLong, LongToInt, IntToFloat, LongToFloat, FloatToInt, FloatToLong];
    private static readonly Opcode[] OverflowOps = [IntAddOvf, IntSubOvf, IntMulOvf, LongAddOvf, LongSubOvf, LongMulOvf];
    private static readonly FieldDescr[] BoxFields = [TestWorld.BoxI, TestWorld.BoxL, TestWorld.BoxD, TestWorld.BoxR];

    private readonly ChoiceStream _choices;
    private readonly List<Operation> _ops = [];
    private List<Value> _visible = [];
    private int _pc;


    /// <summary>The most random operations in a loop body (the property keeps traces short; other tests make them long).</summary>
    private readonly int _maxBodyOps;

    private RandomTraceBuilder(ChoiceStream choices, int maxBodyOps = 14)
    {
        _choices = choices;
        _maxBodyOps = maxBodyOps;
    }

    /// <summary>The roles of reference values, so that each op only gets references of the right CLR type.</summary>
    private readonly Dictionary<Value, Type> _refTypes = [];

    public static (Trace Trace, Func<TraceValue[]> Inputs) Build(int[] choices, int maxBodyOps = 14) =>
        new RandomTraceBuilder(new ChoiceStream(choices), maxBodyOps).Build();

    /// <summary>
    /// A loop and random bridges on some of its guards (and on some of theirs): each bridge takes
    /// its guard's live values, runs random ops, and jumps back to the loop's label or finishes.
    /// </summary>
    public static (Trace Trace, Dictionary<Operation, Trace> Bridges, Func<TraceValue[]> Inputs) BuildTree(int[] choices)
    {
        var choiceStream = new ChoiceStream(choices);
        var root = new RandomTraceBuilder(choiceStream);
        var (trace, inputs) = root.Build();
        var label = trace.Operations.FirstOrDefault(op => op.Opcode == Label);
        var bridges = new Dictionary<Operation, Trace>();
        var parents = new Queue<(RandomTraceBuilder Builder, Trace Trace, int Depth)>([(root, trace, 0)]);
        while (parents.TryDequeue(out var parent))
        {
            foreach (var guard in parent.Trace.Operations.Where(op => op.IsGuard))
            {
                if (parent.Depth < 2 && choiceStream.Chance(parent.Depth == 0 ? 3 : 5))
                {
                    var builder = new RandomTraceBuilder(choiceStream) { _pc = 1000 * (bridges.Count + 1) };
                    var bridge = builder.BuildBridge(guard, parent.Builder._refTypes, label, root._refTypes);
                    bridges.Add(guard, bridge);
                    parents.Enqueue((builder, bridge, parent.Depth + 1));
                }
            }
        }
        return (trace, bridges, inputs);
    }

    private Trace BuildBridge(Operation guard, Dictionary<Value, Type> parentRoles, Operation? rootLabel, Dictionary<Value, Type> rootRoles)
    {
        var live = guard.Resume!.LiveValues.ToArray();
        var inputs = live.Select(value => new Input(value.Kind)).ToArray();
        for (var i = 0; i < live.Length; i++)
        {
            if (parentRoles.TryGetValue(live[i], out var role))
            {
                _refTypes[inputs[i]] = role;
            }
        }
        _visible.AddRange(inputs);
        for (var n = _choices.Next(8); n > 0; n--)
        {
            RandomOp();
        }
        if (rootLabel is not null && !_choices.Chance(4))
        {
            var args = rootLabel.Operands.Select(target => ArgFor(target.Kind, rootRoles.GetValueOrDefault(target))).ToArray();
            _ops.Add(new Operation(Jump, args, rootLabel.Descr));
        }
        else
        {
            _ops.Add(new Operation(Finish, _visible.Where(_ => _choices.Chance(2)).ToArray()));
        }
        return new Trace(inputs, _ops).Verified();
    }

    /// <summary>A value of this trace for a jump to pass into a slot of the given kind and reference role.</summary>
    private Value ArgFor(ValueKind kind, Type? role)
    {
        if (kind != ValueKind.Ref)
        {
            return Of(kind);
        }
        if (role == typeof(Box))
        {
            return BoxRef();
        }
        return role is null ? AnyRef() : _choices.Pick(ArraysOrInput(role));
    }

    private (Trace, Func<TraceValue[]>) Build()
    {
        var c = _choices;
        var counter = new Input(ValueKind.I32);
        Input[] inputs = [counter, new(ValueKind.I32), new(ValueKind.I32), new(ValueKind.I64), new(ValueKind.F64), new(ValueKind.Ref), new(ValueKind.Ref), new(ValueKind.Ref)];
        _refTypes[inputs[5]] = typeof(Box);
        _refTypes[inputs[6]] = typeof(int[]);
        _refTypes[inputs[7]] = typeof(double[]);
        var start = c.Next(12);
        var (i1, i2, l3, f4) = (c.Pick(IntPool), c.Pick(IntPool), c.Pick(LongPool), c.Pick(FloatPool));
        var (boxI, boxL, boxD) = (c.Pick(IntPool), c.Pick(LongPool), c.Pick(FloatPool));
        var ints = Enumerable.Range(0, 8).Select(_ => c.Pick(IntPool)).ToArray();
        var doubles = Enumerable.Range(0, 4).Select(_ => c.Pick(FloatPool)).ToArray();
        _visible.AddRange(inputs);

        for (var n = c.Next(4); n > 0; n--)
        {
            RandomOp();
        }
        IReadOnlyList<Value> targets = inputs;
        TargetToken? token = null;
        if (c.Chance(2))
        {
            var carried = new List<Value>(inputs);
            foreach (var extra in _visible.OfType<Operation>().Where(_ => c.Chance(3)))
            {
                carried.Add(extra);
            }
            token = new TargetToken("loop", carried.Select(value => value.Kind).ToArray());
            _ops.Add(new Operation(Label, carried, token));
            _visible = [.. carried];
            targets = carried;
        }
        var positive = Add(IntGt, counter, Constant.Int(0));
        Guard(GuardTrue, [positive]);
        for (var n = c.Next(_maxBodyOps); n > 0; n--)
        {
            RandomOp();
        }
        var next = Add(IntSub, counter, Constant.Int(1));
        if (c.Chance(8))
        {
            var results = _visible.Where(_ => c.Chance(2)).ToArray();
            _ops.Add(new Operation(Finish, results));
        }
        else
        {
            var args = targets.Select((target, i) => i == 0 ? next : SameRole(target)).ToArray();
            _ops.Add(new Operation(Jump, args, token));
        }
        var trace = new Trace(inputs, _ops).Verified();
        return (trace, () =>
        [
            TraceValue.Int(start), TraceValue.Int(i1), TraceValue.Int(i2), TraceValue.Long(l3), TraceValue.Float(f4),
            TraceValue.Ref(new Box { I = boxI, L = boxL, D = boxD }), TraceValue.Ref(ints.ToArray()), TraceValue.Ref(doubles.ToArray()),
        ]);
    }

    /// <summary>A value for a jump to pass where <paramref name="target"/> was: same kind, same reference role.</summary>
    private Value SameRole(Value target)
    {
        if (target.Kind != ValueKind.Ref)
        {
            return _choices.Chance(3) ? target : Of(target.Kind);
        }
        var role = _refTypes.GetValueOrDefault(target);
        var candidates = _visible.Where(value => value.Kind == ValueKind.Ref && _refTypes.GetValueOrDefault(value) == role).ToList();
        return candidates.Count == 0 ? target : _choices.Pick(candidates);
    }

    private Operation Add(Opcode code, params Value[] operands) => Add(code, null, operands);

    private Operation Add(Opcode code, Descr? descr, params Value[] operands)
    {
        var op = new Operation(code, operands, descr);
        _ops.Add(op);
        if (op.Kind != ValueKind.Void)
        {
            _visible.Add(op);
        }
        return op;
    }

    private Operation Guard(Opcode code, Value[] operands, Descr? descr = null)
    {
        var locals = new List<Value?>();
        for (var n = _choices.Next(5); n > 0; n--)
        {
            locals.Add(_choices.Chance(6) ? null : _choices.Chance(8) || _visible.Count == 0 ? Constant.Int(_choices.Next(100)) : _choices.Pick(_visible));
        }
        var stack = _visible.Count > 0 && _choices.Chance(2) ? new List<Value?> { _choices.Pick(_visible) } : [];
        var resume = new ResumeData([new ResumeFrame("Random.Run", _pc++, locals, stack)]);
        var guard = new Operation(code, operands, descr, resume);
        _ops.Add(guard);
        if (guard.Kind != ValueKind.Void)
        {
            _visible.Add(guard);
        }
        return guard;
    }

    private List<Value> Visible(ValueKind kind) => _visible.Where(value => value.Kind == kind).ToList();

    private List<Value> Refs(Type type) => _visible.Where(value => value.Kind == ValueKind.Ref && _refTypes.GetValueOrDefault(value) == type).ToList();

    /// <summary>A value of the kind: usually one computed before, sometimes a constant of the pool.</summary>
    private Value Of(ValueKind kind)
    {
        var visible = Visible(kind);
        if (visible.Count > 0 && !_choices.Chance(4))
        {
            return _choices.Pick(visible);
        }
        return kind switch
        {
            ValueKind.I32 => Constant.Int(_choices.Pick(IntPool)),
            ValueKind.I64 => Constant.Long(_choices.Pick(LongPool)),
            ValueKind.F64 => Constant.Float(_choices.Pick(FloatPool)),
            _ => _choices.Chance(2) ? Constant.Null : Constant.Ref("trace!"),
        };
    }

    private Value I() => Of(ValueKind.I32);
    private Value L() => Of(ValueKind.I64);
    private Value F() => Of(ValueKind.F64);

    private Value BoxRef()
    {
        var boxes = Refs(typeof(Box));
        return boxes.Count > 0 ? _choices.Pick(boxes) : NewBox();
    }

    private Operation NewBox()
    {
        var box = Add(New, TestWorld.BoxClass);
        _refTypes[box] = typeof(Box);
        Add(SetField, TestWorld.BoxI, box, I());
        return box;
    }

    private Operation Tagged(Operation op, Type type)
    {
        _refTypes[op] = type;
        return op;
    }

    private void RandomOp()
    {
        var c = _choices;
        switch (c.Next(24))
        {
            case 0 or 1 or 2:
                Add(c.Pick(IntBinary), I(), I());
                break;
            case 3:
                Add(c.Pick(IntCompare), I(), I());
                break;
            case 4:
                Add(c.Pick(IntUnary), I());
                break;
            case 5:
                var longKind = c.Next(4);
                if (longKind == 0)
                {
                    Add(c.Pick(LongShift), L(), I());
                }
                else
                {
                    Add(longKind == 1 ? c.Pick(LongCompare) : c.Pick(LongBinary), L(), L());
                }
                break;
            case 6:
                Add(c.Pick(LongUnary), L());
                break;
            case 7:
                Add(c.Pick(FloatBinary), F(), F());
                break;
            case 8:
                if (c.Chance(2))
                {
                    Add(c.Pick(FloatCompare), F(), F());
                }
                else
                {
                    Add(c.Chance(2) ? FloatNeg : FloatAbs, F());
                }
                break;
            case 9:
                var conversion = c.Pick(Conversions);
                Add(conversion, Of(OpInfo.FixedKind(OpInfo.Of(conversion).Operands[0])!.Value));
                break;
            case 10:
                // Bits of a NaN are unspecified (NaN payloads and signs depend on operand order,
                // which the JIT may swap), so float_to_bits only sees what a guard proved is no NaN.
                var f = F();
                Guard(GuardTrue, [Add(FloatEq, f, f)]);
                var bits = Add(FloatToBits, f);
                Add(BitsToFloat, Add(LongAnd, bits, Constant.Long(0x3FFF_FFFF_FFFF_FFFF)));
                break;
            case 11 or 12:
                var ovf = c.Pick(OverflowOps);
                var isLong = OpInfo.Of(ovf).Operands[0] == KindSpec.I64;
                Add(ovf, isLong ? L() : I(), isLong ? L() : I());
                Guard(c.Chance(4) ? GuardOverflow : GuardNoOverflow, []);
                break;
            case 13:
                if (c.Chance(2))
                {
                    var divisor = Add(IntOr, Add(IntAnd, I(), Constant.Int(255)), Constant.Int(1));
                    Add(c.Chance(2) ? IntDiv : IntRem, I(), divisor);
                }
                else
                {
                    var divisor = Add(LongOr, Add(LongAnd, L(), Constant.Long(255)), Constant.Long(1));
                    Add(c.Chance(2) ? LongDiv : LongRem, L(), divisor);
                }
                break;
            case 14 or 15:
                Guard(c.Chance(2) ? GuardTrue : GuardFalse, [Add(c.Pick(IntCompare), I(), I())]);
                break;
            case 16:
                var field = c.Pick(BoxFields);
                if (c.Chance(2))
                {
                    Add(GetField, field, BoxRef());
                }
                else
                {
                    Add(SetField, field, BoxRef(), field.Kind == ValueKind.Ref ? AnyRef() : Of(field.Kind));
                }
                break;
            case 17:
                ArrayOp();
                break;
            case 18:
                if (c.Chance(4))
                {
                    Tagged(Add(NewArray, TestWorld.IntArray, Constant.Int(8)), typeof(int[]));
                }
                else
                {
                    NewBox();
                }
                break;
            case 19 or 20:
                CallOp();
                break;
            case 21:
                RefOp();
                break;
            case 22:
                var s = Constant.Ref("trace!");
                if (c.Chance(2))
                {
                    Add(StrLen, s);
                }
                else
                {
                    Add(StrGetItem, s, Add(IntAnd, I(), Constant.Int(3)));
                }
                break;
            default:
                switch (c.Next(5))
                {
                    case 4:
                        Guard(GuardNotInvalidated, []);
                        break;
                    case 0:
                        Guard(GuardValue, c.Chance(2) ? [I(), Constant.Int(c.Pick(IntPool))] : [L(), Constant.Long(c.Pick(LongPool))]);
                        break;
                    case 1:
                        Add(SameAs, _visible.Count > 0 ? c.Pick(_visible) : I());
                        break;
                    case 2:
                        Add(SetStatic, TestWorld.BoxCounter, Add(IntAdd, Add(GetStatic, TestWorld.BoxCounter), I()));
                        break;
                    default:
                        Add(ArrayLen, c.Chance(2) ? _choices.Pick(ArraysOrInput(typeof(int[]))) : _choices.Pick(ArraysOrInput(typeof(double[]))));
                        break;
                }
                break;
        }
    }

    private List<Value> ArraysOrInput(Type type)
    {
        var arrays = Refs(type);
        return arrays.Count > 0 ? arrays : [Tagged(Add(NewArray, type == typeof(int[]) ? TestWorld.IntArray : TestWorld.DoubleArray, Constant.Int(8)), type)];
    }

    private Value AnyRef()
    {
        var refs = Visible(ValueKind.Ref);
        if (refs.Count > 0 && !_choices.Chance(4))
        {
            return _choices.Pick(refs);
        }
        return _choices.Chance(2) ? Constant.Null : Constant.Ref("trace!");
    }

    private void ArrayOp()
    {
        var c = _choices;
        if (c.Chance(2))
        {
            var array = c.Pick(ArraysOrInput(typeof(int[])));
            var index = Add(IntAnd, I(), Constant.Int(7));
            if (c.Chance(2))
            {
                Add(GetArrayItem, TestWorld.IntArray, array, index);
            }
            else
            {
                Add(SetArrayItem, TestWorld.IntArray, array, index, I());
            }
        }
        else
        {
            // Input double arrays have 4 elements, allocated ones 8: mask to the smaller.
            var array = c.Pick(ArraysOrInput(typeof(double[])));
            var index = Add(IntAnd, I(), Constant.Int(3));
            if (c.Chance(2))
            {
                Add(GetArrayItem, TestWorld.DoubleArray, array, index);
            }
            else
            {
                Add(SetArrayItem, TestWorld.DoubleArray, array, index, F());
            }
        }
    }

    private void CallOp()
    {
        var c = _choices;
        switch (c.Next(8))
        {
            case 0:
                Add(CallPure, TestWorld.Mix, I(), I());
                break;
            case 1:
                Add(CallPure, TestWorld.Scale, F(), L());
                break;
            case 2:
                Add(Call, TestWorld.Divide, I(), Add(IntAnd, I(), Constant.Int(3)));
                Guard(GuardNoException, []);
                break;
            case 3:
                Add(Call, TestWorld.Bump, BoxRef());
                break;
            case 4:
                Add(Call, TestWorld.Raise, Add(IntAnd, I(), Constant.Int(3)));
                if (c.Chance(2))
                {
                    Guard(GuardNoException, []);
                }
                else
                {
                    Guard(GuardException, [], TestWorld.TestErrorClass);
                }
                break;
            case 5:
                Add(Call, TestWorld.BoxSum, BoxRef());
                break;
            case 6:
                Add(CallMayForce, TestWorld.IsOdd, I());
                break;
            default:
                Add(Call, TestWorld.Pick, BoxRef(), I());
                break;
        }
    }

    private void RefOp()
    {
        var c = _choices;
        switch (c.Next(5))
        {
            case 0:
                Guard(GuardNonnull, [AnyRef()]);
                break;
            case 1:
                Guard(GuardIsnull, [AnyRef()]);
                break;
            case 2:
                Guard(GuardClass, [AnyRef()], c.Chance(2) ? TestWorld.BoxClass : TestWorld.SubBoxClass);
                break;
            case 3:
                Add(c.Chance(2) ? PtrEq : PtrNe, AnyRef(), AnyRef());
                break;
            default:
                Add(GetField, TestWorld.BoxR, BoxRef());
                break;
        }
    }
}
