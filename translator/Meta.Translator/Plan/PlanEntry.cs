using Mono.Cecil;

namespace Meta.Translator.Plan;

/// <summary>One method the traceable set reached, how the tracer treats it, and why.</summary>
public sealed record PlanEntry(MethodReference Method, MethodDefinition? Definition, MethodTreatment Treatment, string Reason)
{
    /// <summary>Whether the method gets a tracing twin: its body is looked inside, so RC# rules apply to it.</summary>
    public bool IsTraced => Treatment is MethodTreatment.Portal or MethodTreatment.LookInside
        or MethodTreatment.LookInsideUnrolled or MethodTreatment.LookInsideIf;
}
