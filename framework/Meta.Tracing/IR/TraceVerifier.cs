namespace Meta.Tracing.IR;

/// <summary>
/// Checks that a trace is well formed: operands defined before use and visible across labels,
/// kinds as the table says, the descriptors each op needs, resume data on guards only, overflow
/// ops followed by their guard, and one final jump or finish.
/// </summary>
public static class TraceVerifier
{
    public static IReadOnlyList<TraceProblem> Check(Trace trace)
    {
        var problems = new List<TraceProblem>();
        var visible = new HashSet<Value>();
        var defined = new HashSet<Value>();
        var labels = new HashSet<TargetToken>();
        foreach (var input in trace.Inputs)
        {
            if (!defined.Add(input))
            {
                problems.Add(new TraceProblem(-1, "an input is listed twice"));
            }
            visible.Add(input);
        }
        var ops = trace.Operations;
        if (ops.Count == 0 || !ops[^1].Info.IsFinal)
        {
            problems.Add(new TraceProblem(ops.Count - 1, "the trace does not end with jump or finish"));
        }
        for (var index = 0; index < ops.Count; index++)
        {
            var op = ops[index];
            void Problem(string message) => problems.Add(new TraceProblem(index, $"{op.Info.Name}: {message}"));

            if (!defined.Add(op))
            {
                Problem("the operation appears twice");
            }
            CheckDescr(op, Problem);
            CheckOperands(op, trace, Problem);
            foreach (var operand in op.Operands)
            {
                if (operand is not Constant && !visible.Contains(operand))
                {
                    Problem("uses a value that is not defined before it (or not carried across the label)");
                }
            }
            if (op.IsGuard != (op.Resume is not null))
            {
                Problem(op.IsGuard ? "a guard without resume data" : "resume data on an operation that is not a guard");
            }
            if (op.Resume is not null && op.Resume.LiveValues.Any(value => value is not Constant && !visible.Contains(value)))
            {
                Problem("resume data uses a value that is not defined before the guard");
            }
            if (op.Resume is not null)
            {
                CheckVirtuals(op.Resume, Problem);
            }
            if (op.Info.IsOverflow && (index + 1 >= ops.Count || ops[index + 1].Opcode is not (Opcode.GuardNoOverflow or Opcode.GuardOverflow)))
            {
                Problem("an overflow operation must be followed by guard_no_overflow or guard_overflow");
            }
            if (op.Opcode is Opcode.GuardNoOverflow or Opcode.GuardOverflow && (index == 0 || !ops[index - 1].Info.IsOverflow))
            {
                Problem("must follow an overflow operation");
            }
            if (op.Info.IsFinal && index != ops.Count - 1)
            {
                Problem("jump and finish end a trace");
            }
            if (op.Opcode == Opcode.Label)
            {
                if (op.Descr is TargetToken token && !labels.Add(token))
                {
                    Problem($"target {token.Name} is defined twice");
                }
                if (op.Operands.Any(operand => operand is Constant) || op.Operands.Distinct().Count() != op.Operands.Count)
                {
                    Problem("label arguments are distinct non-constant values");
                }
                visible = [.. op.Operands.Where(operand => operand is not Constant)];
            }
            else if (op.Kind != ValueKind.Void)
            {
                visible.Add(op);
            }
        }
        return problems;
    }

    private static void CheckVirtuals(ResumeData resume, Action<string> problem)
    {
        foreach (var write in resume.PendingWrites)
        {
            var expected = Operation.ElementKind(write.Descr);
            if (write.Target is VirtualObject || write.Target.Kind != ValueKind.Ref || write.Value.Kind != expected ||
                write.Index is { Kind: not ValueKind.I32 } || write.Descr is FieldDescr { IsStatic: true })
            {
                problem($"pending write to {write.Descr.Name} does not fit its descriptor");
            }
        }
        foreach (var virtualObject in resume.Virtuals)
        {
            foreach (var (field, value) in virtualObject.Fields)
            {
                if (field.IsStatic || field.Kind != value.Kind)
                {
                    problem($"virtual {virtualObject.Descr.Name} has field {field.Name} set to a {value.Kind.TextName()}");
                }
            }
            if (virtualObject.Descr is ArrayDescr array && virtualObject.Items.Any(item => item is not null && item.Kind != array.ElementKind))
            {
                problem($"virtual array {array.Name} has an item that is not {array.ElementKind.TextName()}");
            }
        }
    }

    private static void CheckDescr(Operation op, Action<string> problem)
    {
        var descr = op.Descr;
        var ok = op.Info.Descr switch
        {
            DescrUse.None => descr is null,
            DescrUse.Field => descr is FieldDescr { IsStatic: false },
            DescrUse.StaticField => descr is FieldDescr { IsStatic: true },
            DescrUse.Array => descr is ArrayDescr,
            DescrUse.Call => descr is CallDescr,
            DescrUse.Class => descr is ClassDescr,
            DescrUse.Target => descr is TargetToken,
            _ => descr is null or TargetToken,
        };
        if (!ok)
        {
            problem($"expects descriptor of use {op.Info.Descr}, has {descr?.GetType().Name ?? "none"}");
        }
    }

    private static void CheckOperands(Operation op, Trace trace, Action<string> problem)
    {
        var operands = op.Operands;
        var expected = ExpectedKinds(op, trace);
        if (expected is null)
        {
            return;
        }
        if (expected.Count != operands.Count)
        {
            problem($"takes {expected.Count} operands, has {operands.Count}");
            return;
        }
        for (var i = 0; i < operands.Count; i++)
        {
            if (expected[i] is { } kind ? operands[i].Kind != kind : operands[i].Kind == ValueKind.Void)
            {
                problem($"operand {i} is {operands[i].Kind.TextName()}, expected {expected[i]?.TextName() ?? "a value"}");
            }
        }
    }

    /// <summary>The kind each operand must have (null: any kind), or null when any list goes.</summary>
    private static IReadOnlyList<ValueKind?>? ExpectedKinds(Operation op, Trace trace)
    {
        var info = op.Info;
        if (info.HasVariableArity)
        {
            return op.Descr switch
            {
                CallDescr call when info.Operands[0] == KindSpec.Args => call.Parameters.Select(kind => (ValueKind?)kind).ToArray(),
                TargetToken token => token.Kinds.Select(kind => (ValueKind?)kind).ToArray(),
                null when op.Opcode == Opcode.Jump => trace.Inputs.Select(input => (ValueKind?)input.Kind).ToArray(),
                _ => null,
            };
        }
        return info.Operands.Select(spec => spec switch
        {
            KindSpec.Any => null,
            KindSpec.Same => op.Operands.Count > 0 ? op.Operands[0].Kind : (ValueKind?)null,
            KindSpec.Elem => Operation.ElementKind(op.Descr),
            var fixedSpec => OpInfo.FixedKind(fixedSpec),
        }).ToArray();
    }
}
