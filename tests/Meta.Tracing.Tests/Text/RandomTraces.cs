using Meta.Tracing.IR;

namespace Meta.Tracing.Tests.Text;

/// <summary>
/// Builds random well-formed traces from a choice stream: every operation of the table with
/// operands of the right kinds, descriptors of every sort, guards with resume data, overflow
/// ops with their guard, labels, and a final jump or finish.
/// </summary>
public sealed class RandomTraces
{
    private static readonly string[] Names = ["Frame.pc", "W_Int.value", "a", "<Main>b__0_1", "List`1.items", "odd name", "tick`quote", "x#2"];
    private static readonly string[] Strings = ["", "abc", "quote\"back\\slash", "line\nbreak\ttab", "é ∑ \u0001 \ud83d\ude00", "\ud800"];

    private readonly ChoiceStream _choose;
    private readonly Dictionary<ValueKind, List<Value>> _available = [];
    private readonly List<Descr> _descrs = [];
    private int _descrCount;

    private RandomTraces(ChoiceStream choose) => _choose = choose;

    public static Trace Build(IReadOnlyList<int> choices) => new RandomTraces(new ChoiceStream(choices)).BuildTrace();

    private Trace BuildTrace()
    {
        foreach (var kind in ValueKinds.ValueBearing)
        {
            _available[kind] = [];
        }
        var inputs = new List<Input>();
        for (var count = _choose.Next(5); count > 0; count--)
        {
            var input = new Input(_choose.Pick(ValueKinds.ValueBearing));
            inputs.Add(input);
            _available[input.Kind].Add(input);
        }
        var ops = new List<Operation>();
        var candidates = OpInfo.All.Where(info => !info.IsFinal && info.Code is not (Opcode.Label or Opcode.GuardNoOverflow or Opcode.GuardOverflow)).ToArray();
        TargetToken? label = null;
        for (var count = _choose.Next(40); count > 0 && !_choose.Exhausted; count--)
        {
            if (label is null && _choose.Chance(5))
            {
                label = AddLabel(ops);
                continue;
            }
            var op = RandomOperation(_choose.Pick(candidates));
            ops.Add(op);
            Define(op);
            if (op.Info.IsOverflow)
            {
                ops.Add(new Operation(_choose.Chance(50) ? Opcode.GuardNoOverflow : Opcode.GuardOverflow, [], null, RandomResume()));
            }
        }
        ops.Add(Final(inputs, label));
        return new Trace(inputs, ops);
    }

    private void Define(Value value)
    {
        if (value.Kind != ValueKind.Void)
        {
            _available[value.Kind].Add(value);
        }
    }

    private TargetToken AddLabel(List<Operation> ops)
    {
        var carried = _available.Values.SelectMany(values => values).Where(value => _choose.Chance(60)).ToList();
        var token = new TargetToken(NewName("L"), carried.Select(value => value.Kind).ToList());
        ops.Add(new Operation(Opcode.Label, carried, token));
        foreach (var values in _available.Values)
        {
            values.Clear();
        }
        carried.ForEach(Define);
        return token;
    }

    private Operation Final(IReadOnlyList<Input> inputs, TargetToken? label)
    {
        if (label is not null && _choose.Chance(70))
        {
            return new Operation(Opcode.Jump, label.Kinds.Select(ValueOf).ToList(), label);
        }
        if (_choose.Chance(20))
        {
            var external = new TargetToken(NewName("Outer"), Enumerable.Range(0, _choose.Next(3)).Select(_ => _choose.Pick(ValueKinds.ValueBearing)).ToList());
            return new Operation(Opcode.Jump, external.Kinds.Select(ValueOf).ToList(), external);
        }
        if (label is null && _choose.Chance(50))
        {
            return new Operation(Opcode.Jump, inputs.Select(input => ValueOf(input.Kind)).ToList());
        }
        var results = Enumerable.Range(0, _choose.Next(3)).Select(_ => ValueOf(_choose.Pick(ValueKinds.ValueBearing))).ToList();
        return new Operation(Opcode.Finish, results);
    }

    private Operation RandomOperation(OpInfo info)
    {
        var descr = RandomDescr(info);
        var operands = new List<Value>();
        foreach (var spec in info.Operands)
        {
            switch (spec)
            {
                case KindSpec.Args:
                    operands.AddRange(((CallDescr)descr!).Parameters.Select(ValueOf));
                    break;
                case KindSpec.Variadic:
                    throw new InvalidOperationException("variadic ops are built apart");
                default:
                    var kind = spec switch
                    {
                        KindSpec.Any => _choose.Pick(ValueKinds.ValueBearing),
                        KindSpec.Same => operands[0].Kind,
                        KindSpec.Elem => Operation.ElementKind(descr)!.Value,
                        _ => OpInfo.FixedKind(spec)!.Value,
                    };
                    operands.Add(ValueOf(kind));
                    break;
            }
        }
        return new Operation(info.Code, operands, descr, info.IsGuard ? RandomResume() : null);
    }

    private Value ValueOf(ValueKind kind)
    {
        var values = _available[kind];
        return values.Count > 0 && _choose.Chance(75) ? _choose.Pick(values) : RandomConstant(kind);
    }

    private Constant RandomConstant(ValueKind kind) => kind switch
    {
        ValueKind.I32 => Constant.Int(_choose.Pick([0, 1, -1, 42, int.MaxValue, int.MinValue, _choose.Next(int.MaxValue) - (int.MaxValue / 2)])),
        ValueKind.I64 => Constant.Long(_choose.Pick([0L, -7L, long.MaxValue, long.MinValue, (long)_choose.Next(int.MaxValue) * 1_000_003L])),
        ValueKind.F64 => Constant.Float(_choose.Pick([0.0, -0.0, 1.5, 0.1, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
            double.Epsilon, double.MaxValue, 1e-300, _choose.Next(int.MaxValue) / 7.0, BitConverter.Int64BitsToDouble((long)_choose.Next(int.MaxValue) << 31)])),
        _ => _choose.Next(3) switch
        {
            0 => Constant.Null,
            1 => Constant.Ref(_choose.Pick(Strings)),
            _ => Constant.Ref(new NamedObject(_choose.Pick(Names))),
        },
    };

    private ResumeData RandomResume()
    {
        var virtuals = RandomVirtuals();
        var frames = new List<ResumeFrame>();
        for (var count = _choose.Next(4); count > 0; count--)
        {
            frames.Add(new ResumeFrame(_choose.Pick(Names), _choose.Next(5000), Slots(virtuals), Slots(virtuals)));
        }
        var writes = new List<PendingWrite>();
        for (var count = _choose.Chance(20) ? _choose.Next(3) : 0; count > 0; count--)
        {
            var target = ValueOf(ValueKind.Ref);
            writes.Add(_choose.Chance(50) && RandomDescr(OpInfo.Of(Opcode.GetField)) is FieldDescr field
                ? new PendingWrite(target, field, VirtualOrValue(field.Kind, virtuals))
                : RandomDescr(OpInfo.Of(Opcode.GetArrayItem)) is ArrayDescr array
                    ? new PendingWrite(target, array, ValueOf(ValueKind.I32), VirtualOrValue(array.ElementKind, virtuals))
                    : throw new InvalidOperationException("no array descriptor"));
        }
        return new ResumeData(frames, writes);
    }

    private List<Value?> Slots(List<VirtualObject> virtuals) =>
        Enumerable.Range(0, _choose.Next(5)).Select(_ => _choose.Next(100) switch
        {
            < 15 => null,
            < 30 when virtuals.Count > 0 => _choose.Pick(virtuals),
            _ => ValueOf(_choose.Pick(ValueKinds.ValueBearing)),
        }).ToList();

    /// <summary>A few virtual objects and arrays whose fields may point to each other (cycles too).</summary>
    private List<VirtualObject> RandomVirtuals()
    {
        var virtuals = new List<VirtualObject>();
        for (var count = _choose.Chance(30) ? _choose.Next(4) : 0; count > 0; count--)
        {
            virtuals.Add(_choose.Chance(70)
                ? new VirtualObject((ClassDescr)RandomDescr(OpInfo.Of(Opcode.New))!)
                : new VirtualObject((ArrayDescr)RandomDescr(OpInfo.Of(Opcode.NewArray))!, _choose.Next(4)));
        }
        foreach (var virtualObject in virtuals)
        {
            if (virtualObject.Descr is ArrayDescr array)
            {
                for (var i = 0; i < virtualObject.Items.Count; i++)
                {
                    virtualObject.SetItem(i, _choose.Chance(20) ? null : VirtualOrValue(array.ElementKind, virtuals));
                }
                continue;
            }
            for (var fields = _choose.Next(3); fields > 0; fields--)
            {
                var field = (FieldDescr)RandomDescr(OpInfo.Of(Opcode.GetField))!;
                virtualObject.SetField(field, VirtualOrValue(field.Kind, virtuals));
            }
        }
        return virtuals;
    }

    private Value VirtualOrValue(ValueKind kind, List<VirtualObject> virtuals) =>
        kind == ValueKind.Ref && virtuals.Count > 0 && _choose.Chance(30) ? _choose.Pick(virtuals) : ValueOf(kind);

    private Descr? RandomDescr(OpInfo info) => info.Descr switch
    {
        DescrUse.Field => Reuse<FieldDescr>(d => !d.IsStatic) ?? Add(new FieldDescr(NewName("F"), _choose.Pick(ValueKinds.ValueBearing), RandomFieldFlags())),
        DescrUse.StaticField => Reuse<FieldDescr>(d => d.IsStatic) ?? Add(new FieldDescr(NewName("S"), _choose.Pick(ValueKinds.ValueBearing), FieldFlags.Static | RandomFieldFlags())),
        DescrUse.Array => Reuse<ArrayDescr>(_ => true) ?? Add(new ArrayDescr(NewName("A"), _choose.Pick(ValueKinds.ValueBearing), _choose.Chance(30), _choose.Chance(20))),
        DescrUse.Class => Reuse<ClassDescr>(_ => true) ?? Add(new ClassDescr(NewName("C"))),
        DescrUse.Call => Reuse<CallDescr>(_ => true) ?? Add(RandomCall()),
        DescrUse.None => null,
        _ => throw new InvalidOperationException($"no random descriptor for {info.Descr}"),
    };

    /// <summary>Any combination of the flags but static (which decides getfield or getstatic).</summary>
    private FieldFlags RandomFieldFlags() =>
        (FieldFlags)_choose.Next(4) | (_choose.Chance(20) ? FieldFlags.Virtualizable : FieldFlags.None);

    private T? Reuse<T>(Func<T, bool> fits) where T : Descr
    {
        var matching = _descrs.OfType<T>().Where(fits).ToList();
        return matching.Count > 0 && _choose.Chance(60) ? _choose.Pick(matching) : null;
    }

    private T Add<T>(T descr) where T : Descr
    {
        _descrs.Add(descr);
        return descr;
    }

    private CallDescr RandomCall()
    {
        var parameters = Enumerable.Range(0, _choose.Next(4)).Select(_ => _choose.Pick(ValueKinds.ValueBearing)).ToList();
        var result = _choose.Pick([ValueKind.Void, .. ValueKinds.ValueBearing]);
        var touched = _descrs.Where(d => d is FieldDescr or ArrayDescr).ToList();
        EffectSet RandomSet() => _choose.Next(3) switch
        {
            0 => EffectSet.None,
            1 => EffectSet.All,
            _ => EffectSet.Of(touched.Where(_ => _choose.Chance(50))),
        };
        var effects = new EffectInfo(_choose.Chance(30), _choose.Chance(50), _choose.Chance(20), RandomSet(), RandomSet());
        return new CallDescr(NewName("Call"), parameters, result, effects);
    }

    private string NewName(string prefix) => _choose.Chance(20) ? $"{prefix} {_descrCount++}" : $"{prefix}.d{_descrCount++}";
}
