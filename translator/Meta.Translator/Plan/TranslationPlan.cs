using Mono.Cecil;
using Meta.Translator.Diagnostics;
using Meta.Translator.Hints;

namespace Meta.Translator.Plan;

/// <summary>
/// What the translator will do to an interpreter: its drivers, its merge points, and every
/// method reached from the portals with its treatment. Code generation consumes this; the
/// checker's rules run over <see cref="Traced"/>.
/// </summary>
public sealed class TranslationPlan(
    IReadOnlyDictionary<FieldDefinition, DriverDeclaration> drivers,
    IReadOnlyList<DriverCallSite> mergePoints,
    IReadOnlyList<DriverCallSite> canEnterJits,
    IReadOnlyList<PlanEntry> entries)
{
    public IReadOnlyDictionary<FieldDefinition, DriverDeclaration> Drivers { get; } = drivers;
    public IReadOnlyList<DriverCallSite> MergePoints { get; } = mergePoints;

    /// <summary>The CanEnterJit calls of the whole assembly (traced or not: each one counts user loops).</summary>
    public IReadOnlyList<DriverCallSite> CanEnterJits { get; } = canEnterJits;

    /// <summary>Every method reached, in the order the search found it (portals first).</summary>
    public IReadOnlyList<PlanEntry> Entries { get; } = entries;

    public IEnumerable<PlanEntry> Traced => Entries.Where(e => e.IsTraced);

    /// <summary>The plan as text: one line per method, "treatment  method  (reason)", for --plan.</summary>
    public string Describe()
    {
        var lines = new List<string>();
        foreach (var driver in Drivers.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var virtualizable = driver.Virtualizable is null ? "" : $", virtualizable {driver.Virtualizable}";
            lines.Add($"driver {driver.Name} ({driver.Field.DeclaringType.FullName}.{driver.Field.Name}): greens {string.Join(", ", driver.Greens)}; reds {string.Join(", ", driver.Reds)}{virtualizable}");
        }
        foreach (var site in MergePoints.Concat(CanEnterJits))
        {
            var kind = site.IsMergePoint ? "merge point" : "can_enter_jit";
            lines.Add($"{kind} of {site.Driver?.Name ?? "?"} in {MethodNames.Short(site.Method)} at IL_{site.Call.Offset:x4}");
        }
        foreach (var group in Entries.GroupBy(e => e.Treatment).OrderBy(g => g.Key))
        {
            lines.Add($"{group.Key}:");
            foreach (var entry in group.OrderBy(e => MethodNames.Short(e.Method), StringComparer.Ordinal))
            {
                lines.Add($"  {MethodNames.Short(entry.Method)}  ({entry.Reason})");
            }
        }
        return string.Join(Environment.NewLine, lines);
    }
}
