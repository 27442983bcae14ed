using Meta.Translator.Diagnostics;
using Mono.Cecil;

namespace Meta.Translator.Twins;

/// <summary>What the twin generator did: each method with its twin, and each look-inside method left without one and why.</summary>
public sealed class TwinReport(IReadOnlyList<(MethodDefinition Original, MethodDefinition Twin)> twins, IReadOnlyList<(MethodDefinition Method, string Reason)> skipped)
{
    public IReadOnlyList<(MethodDefinition Original, MethodDefinition Twin)> Twins { get; } = twins;

    /// <summary>Methods the JIT may look inside that have no twin yet: calls to them are residual.</summary>
    public IReadOnlyList<(MethodDefinition Method, string Reason)> Skipped { get; } = skipped;

    public string Describe() => string.Join(Environment.NewLine,
        Twins.Select(t => $"twin {MethodNames.Short(t.Original)} -> {t.Twin.Name}")
            .Concat(Skipped.Select(s => $"no twin {MethodNames.Short(s.Method)}: {s.Reason}")));
}
