using Meta.Translator.Analysis;
using Meta.Translator.Plan;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// A portal as code generation sees it: its merge point and CanEnterJit calls with the greens'
/// and reds' variables, their slots in the portal's frames (arguments, then locals, as in
/// resume data), the offset after the merge point where entries continue, and the members the
/// generated code uses: the PortalDriver field, the portal's tracing twin and the dispatcher of
/// resume entries.
/// </summary>
public sealed class PortalSite
{
    public PortalSite(DriverCallSite mergePoint, IEnumerable<DriverCallSite> canEnterJits, FieldDefinition stateField, MethodReference trace, MethodReference resume, MethodReference retrace)
    {
        Method = mergePoint.Method;
        MergePoint = mergePoint;
        CanEnterJits = canEnterJits.Where(c => c.Method == Method).ToDictionary(c => c.Call);
        StateField = stateField;
        Trace = trace;
        Resume = resume;
        Retrace = retrace;
        var driver = mergePoint.Driver ?? throw new TwinUnsupportedException("the merge point's driver is unknown");
        if (mergePoint.Arguments.Any(a => a is null))
        {
            throw new TwinUnsupportedException("a merge point argument is not a variable");
        }
        var arguments = mergePoint.Arguments.Select(a => a!.Value).ToList();
        Greens = arguments.Take(driver.Greens.Count).ToList();
        Reds = arguments.Skip(driver.Greens.Count).ToList();
        if (Greens.Count > 3)
        {
            throw new TwinUnsupportedException($"{Greens.Count} greens: the runtime's keys hold up to three");
        }
        GreenSlots = Greens.Select(Slot).ToList();
        RedSlots = Reds.Select(Slot).ToList();
        EntryAt = mergePoint.Call.Next ?? throw new TwinUnsupportedException("nothing follows the merge point");
        EntryOffset = EntryAt.Offset; // the original's offset, as the twins' resume frames say it
        FrameName = $"{Method.DeclaringType.Name}.{Method.Name}";
        SlotCount = IlOperands.ArgumentCount(Method) + Method.Body.Variables.Count;
        foreach (var variable in arguments)
        {
            _ = KindOf(variable);
        }
    }

    public MethodDefinition Method { get; }
    public DriverCallSite MergePoint { get; }
    public IReadOnlyDictionary<Instruction, DriverCallSite> CanEnterJits { get; }
    public FieldDefinition StateField { get; }
    public MethodReference Trace { get; }
    public MethodReference Resume { get; }
    public MethodReference Retrace { get; }
    public IReadOnlyList<Variable> Greens { get; }
    public IReadOnlyList<Variable> Reds { get; }
    public IReadOnlyList<int> GreenSlots { get; }
    public IReadOnlyList<int> RedSlots { get; }

    /// <summary>The instruction after the merge point: where the tracing twin and the plain portal are entered.</summary>
    public Instruction EntryAt { get; }

    public int EntryOffset { get; }
    public string FrameName { get; }
    public int SlotCount { get; }

    public int Slot(Variable variable) => variable.IsArgument ? variable.Index : IlOperands.ArgumentCount(Method) + variable.Index;

    public ShadowKind KindOf(Variable variable) => ShadowKinds.Of(variable.IsArgument
        ? IlOperands.ArgumentType(Method, variable.Index)
        : Method.Body.Variables[variable.Index].VariableType);
}
