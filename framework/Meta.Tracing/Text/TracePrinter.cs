using System.Text;
using Meta.Tracing.IR;

namespace Meta.Tracing.Text;

/// <summary>
/// Prints a trace as text: descriptor declarations, the input line, one operation per line.
/// Values are numbered in order of definition with their kind's letter (i0, r1, l2, f3).
/// docs/trace-ir.md describes the format; <see cref="TraceParser"/> reads it back.
/// </summary>
public sealed class TracePrinter
{
    private readonly Dictionary<Value, string> _names = [];
    private readonly Dictionary<object, string> _objectNames;
    private readonly Dictionary<string, Descr> _declared = [];
    private readonly StringBuilder _declarations = new();
    private readonly HashSet<TargetToken> _labels = [];

    private TracePrinter(IReadOnlyDictionary<object, string>? objectNames)
    {
        _objectNames = objectNames is null
            ? new(ReferenceEqualityComparer.Instance)
            : new(objectNames, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The text of a trace. Objects that are not strings or <see cref="NamedObject"/>s print
    /// as <c>$name</c> with the name given in <paramref name="objectNames"/>, or obj1, obj2, ....</summary>
    public static string Print(Trace trace, IReadOnlyDictionary<object, string>? objectNames = null) =>
        new TracePrinter(objectNames).PrintTrace(trace);

    private string PrintTrace(Trace trace)
    {
        foreach (var op in trace.Operations)
        {
            if (op is { Opcode: Opcode.Label, Descr: TargetToken token })
            {
                _labels.Add(token);
            }
        }
        var body = new StringBuilder();
        body.Append('[').AppendJoin(", ", trace.Inputs.Select(Define)).Append(']').Append('\n');
        foreach (var op in trace.Operations)
        {
            PrintOperation(body, op);
        }
        return _declarations.Append(body).ToString();
    }

    private string Define(Value value)
    {
        var name = value.Kind.Prefix() + _names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _names.Add(value, name);
        return name;
    }

    private void PrintOperation(StringBuilder line, Operation op)
    {
        var operands = op.Operands.Select(Use).ToList();
        if (op.Descr is not null)
        {
            Declare(op.Descr);
            operands.Add("descr=" + TextSyntax.Name(op.Descr.Name));
        }
        if (op.Kind != ValueKind.Void)
        {
            line.Append(Define(op)).Append(" = ");
        }
        line.Append(op.Info.Name).Append('(').AppendJoin(", ", operands).Append(')');
        if (op.Resume is not null)
        {
            line.Append(' ').Append(Resume(op.Resume));
        }
        line.Append('\n');
    }

    private string Resume(ResumeData resume)
    {
        var virtualNames = resume.Virtuals.Select((v, i) => (v, i)).ToDictionary(pair => (Value)pair.v, pair => "v" + pair.i);
        string Slot(Value? value) => value switch
        {
            null => "-",
            VirtualObject => virtualNames[value],
            _ => Use(value),
        };
        var frames = resume.Frames.Select(frame =>
        {
            var text = new StringBuilder(TextSyntax.Name(frame.Method)).Append('@').Append(frame.ILOffset);
            if (frame.Locals.Count > 0)
            {
                text.Append(" locals(").AppendJoin(", ", frame.Locals.Select(Slot)).Append(')');
            }
            if (frame.Stack.Count > 0)
            {
                text.Append(" stack(").AppendJoin(", ", frame.Stack.Select(Slot)).Append(')');
            }
            return text.ToString();
        });
        var result = "[" + string.Join("; ", frames) + "]";
        if (resume.PendingWrites.Count > 0)
        {
            result += " writes[" + string.Join(", ", resume.PendingWrites.Select(write =>
            {
                Declare(write.Descr);
                var operation = write.Index is null ? "setfield(" : "setarrayitem(";
                return operation + string.Join(", ", write.Values.Select(Slot)) + ", descr=" + TextSyntax.Name(write.Descr.Name) + ")";
            })) + "]";
        }
        if (resume.Virtuals.Count == 0)
        {
            return result;
        }
        var virtuals = resume.Virtuals.Select(v =>
        {
            Declare(v.Descr);
            var head = virtualNames[v] + " = " + TextSyntax.Name(v.Descr.Name);
            if (v.IsArray)
            {
                return head + "[" + string.Join(", ", v.Items.Select(Slot)) + "]";
            }
            return head + "(" + string.Join(", ", v.Fields.Select(entry =>
            {
                Declare(entry.Field);
                return TextSyntax.Name(entry.Field.Name) + "=" + Slot(entry.Value);
            })) + ")";
        });
        return result + " {" + string.Join(", ", virtuals) + "}";
    }

    private string Use(Value value) => value switch
    {
        Constant constant => ConstantText(constant),
        _ => _names.TryGetValue(value, out var name) ? name : "<undefined " + value.Kind.TextName() + ">",
    };

    private string ConstantText(Constant constant) => constant.Kind switch
    {
        ValueKind.I32 => TextSyntax.Int(constant.AsInt),
        ValueKind.I64 => TextSyntax.Long(constant.AsLong),
        ValueKind.F64 => TextSyntax.Float(constant.AsFloat),
        _ => constant.AsRef switch
        {
            null => "null",
            string text => TextSyntax.String(text),
            NamedObject named => "$" + TextSyntax.Name(named.Name),
            var other => "$" + TextSyntax.Name(ObjectName(other)),
        },
    };

    private string ObjectName(object value)
    {
        if (!_objectNames.TryGetValue(value, out var name))
        {
            name = "obj" + (_objectNames.Count + 1);
            _objectNames.Add(value, name);
        }
        return name;
    }

    private void Declare(Descr descr)
    {
        if (descr is TargetToken token && _labels.Contains(token))
        {
            return;
        }
        if (_declared.TryGetValue(descr.Name, out var earlier))
        {
            if (!TraceEquality.SameDescr(earlier, descr))
            {
                throw new InvalidOperationException($"two different descriptors are named {descr.Name}");
            }
            return;
        }
        if (descr is CallDescr call)
        {
            foreach (var touched in call.Effects.Reads.Descrs.Concat(call.Effects.Writes.Descrs))
            {
                Declare(touched);
            }
        }
        _declared.Add(descr.Name, descr);
        _declarations.Append(Declaration(descr)).Append('\n');
    }

    private static string Declaration(Descr descr)
    {
        var name = TextSyntax.Name(descr.Name);
        return descr switch
        {
            FieldDescr field => $"field {name}: {field.Kind.TextName()}{TextSyntax.Flags(field.Flags)}",
            ArrayDescr array => $"array {name}: {array.ElementKind.TextName()}{TextSyntax.Flags(array)}",
            ClassDescr => $"class {name}",
            CallDescr call => $"call {name}({string.Join(", ", call.Parameters.Select(ValueKinds.TextName))}) -> {call.Result.TextName()} [{Effects(call.Effects)}]",
            TargetToken token => $"target {name}({string.Join(", ", token.Kinds.Select(ValueKinds.TextName))})",
            _ => throw new InvalidOperationException($"unknown descriptor {descr.GetType().Name}"),
        };
    }

    private static string Effects(EffectInfo effects)
    {
        var words = new List<string>();
        if (effects.Elidable)
        {
            words.Add("elidable");
        }
        if (effects.CanRaise)
        {
            words.Add("can_raise");
        }
        if (effects.ForcesVirtualizable)
        {
            words.Add("forces");
        }
        words.Add("reads(" + Set(effects.Reads) + ")");
        words.Add("writes(" + Set(effects.Writes) + ")");
        return string.Join(", ", words);
    }

    private static string Set(EffectSet set) =>
        set.IsAll ? "*" : string.Join(", ", set.Descrs.Select(descr => TextSyntax.Name(descr.Name)));
}
