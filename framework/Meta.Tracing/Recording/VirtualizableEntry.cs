using System.Reflection;
using Meta.Jit;

namespace Meta.Tracing.Recording;

/// <summary>
/// The [Virtualizable] entry that names a field, if any: an entry names the instance field of the
/// class (or its bases) with exactly that name, else the one whose name equals it ignoring case
/// and a leading '_' (docs/hints.md; the translator's Hints/VirtualizableFields applies the same
/// rule to check the declaration).
/// </summary>
internal sealed record VirtualizableEntry(string Name, bool IsArray)
{
    public static VirtualizableEntry? Of(FieldInfo field)
    {
        if (field.IsStatic || field.DeclaringType is null)
        {
            return null;
        }
        for (var type = field.ReflectedType ?? field.DeclaringType; type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<VirtualizableAttribute>(inherit: false) is not { } frame)
            {
                continue;
            }
            var fields = InstanceFields(type);
            foreach (var text in frame.Fields)
            {
                var entry = text.EndsWith("[*]", StringComparison.Ordinal) ? new VirtualizableEntry(text[..^3], true) : new VirtualizableEntry(text, false);
                if (entry.Names(fields) is { } named && named.MetadataToken == field.MetadataToken && named.Module == field.Module)
                {
                    return entry;
                }
            }
        }
        return null;
    }

    /// <summary>The field this entry names among <paramref name="fields"/>, or null when none or several match.</summary>
    private FieldInfo? Names(IReadOnlyList<FieldInfo> fields)
    {
        var exact = fields.Where(f => f.Name == Name).ToList();
        var plain = Name.TrimStart('_');
        var matches = exact.Count > 0 ? exact : [.. fields.Where(f => string.Equals(f.Name.TrimStart('_'), plain, StringComparison.OrdinalIgnoreCase))];
        return matches.Count == 1 ? matches[0] : null;
    }

    private static List<FieldInfo> InstanceFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            fields.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }
        return fields;
    }
}
