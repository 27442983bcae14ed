using Mono.Cecil;

namespace Meta.Translator.Hints;

/// <summary>
/// Finds the field a [Virtualizable] entry names. docs/hints.md writes entries in the
/// interpreter's own words ("pc", "stack[*]") while C# fields are Pc or _pc by this repository's
/// naming rules: an entry names the instance field of the class (or its bases in the assembly)
/// with exactly that name, else the one whose name equals it ignoring case and a leading '_'.
/// Code generation resolves entries through this class too, so both agree.
/// </summary>
public static class VirtualizableFields
{
    /// <summary>The entry without its "[*]" suffix, and whether it had one (an array whose items are virtualized).</summary>
    public static (string Name, bool IsArray) Parse(string entry) =>
        entry.EndsWith("[*]", StringComparison.Ordinal) ? (entry[..^3], true) : (entry, false);

    /// <summary>The matching fields: exactly one is a valid entry; none or several are errors.</summary>
    public static IReadOnlyList<FieldDefinition> Find(TypeDefinition type, string name)
    {
        var fields = InstanceFields(type).ToList();
        var exact = fields.Where(f => f.Name == name).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }
        var plain = name.TrimStart('_');
        return [.. fields.Where(f => string.Equals(f.Name.TrimStart('_'), plain, StringComparison.OrdinalIgnoreCase))];
    }

    private static IEnumerable<FieldDefinition> InstanceFields(TypeDefinition type)
    {
        for (TypeDefinition? current = type; current is not null && current.Module == type.Module; current = current.BaseType?.Resolve())
        {
            foreach (var field in current.Fields.Where(f => !f.IsStatic))
            {
                yield return field;
            }
        }
    }
}
