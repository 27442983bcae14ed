using Meta.Translator.Diagnostics;
using Meta.Translator.Plan;

namespace Meta.Translator;

/// <summary>What checking an interpreter gives: the translation plan and the RC# diagnostics in source order.</summary>
public sealed record CheckResult(TranslationPlan Plan, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
