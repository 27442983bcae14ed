namespace Meta.Tracing.IR;

/// <summary>One operation of a trace, and the value it produces (if its kind is not void).</summary>
public sealed class Operation : Value
{
    private readonly Value[] _operands;

    public Operation(Opcode opcode, IReadOnlyList<Value> operands, Descr? descr = null, ResumeData? resume = null)
    {
        Opcode = opcode;
        _operands = operands.ToArray();
        Descr = descr;
        Resume = resume;
        Kind = ResultKind(Info, _operands, descr);
    }

    public Opcode Opcode { get; }
    public OpInfo Info => OpInfo.Of(Opcode);
    public IReadOnlyList<Value> Operands => _operands;
    public Descr? Descr { get; }

    /// <summary>Where to resume the interpreter if this guard fails; null for non-guards.</summary>
    public ResumeData? Resume { get; }

    public override ValueKind Kind { get; }

    public bool IsGuard => Info.IsGuard;

    /// <summary>The flags of the table, refined by a call's effect info.</summary>
    public OpFlags Flags
    {
        get
        {
            var flags = Info.Flags;
            if (Descr is CallDescr call && (flags & OpFlags.CanRaise) != 0 && !call.Effects.CanRaise)
            {
                flags &= ~OpFlags.CanRaise;
            }
            return flags;
        }
    }

    /// <summary>The kind an operation of this table row produces given its operands and descriptor.</summary>
    public static ValueKind ResultKind(OpInfo info, IReadOnlyList<Value> operands, Descr? descr) => info.Result switch
    {
        KindSpec.Same => operands.Count > 0 ? operands[0].Kind : throw new ArgumentException($"{info.Name} needs an operand"),
        KindSpec.Elem => ElementKind(descr) ?? throw new ArgumentException($"{info.Name} needs a field or array descriptor"),
        KindSpec.Ret => descr is CallDescr call ? call.Result : throw new ArgumentException($"{info.Name} needs a call descriptor"),
        var spec => OpInfo.FixedKind(spec) ?? throw new InvalidOperationException($"{info.Name}: bad result spec {spec}"),
    };

    /// <summary>The kind of the field or array element a descriptor names.</summary>
    public static ValueKind? ElementKind(Descr? descr) => descr switch
    {
        FieldDescr field => field.Kind,
        ArrayDescr array => array.ElementKind,
        _ => null,
    };

    public override string ToString() => Info.Name;
}
