using Meta.Tracing.IR;

namespace Meta.Optimizer.Tests.Soundness;

/// <summary>
/// Whether two lists of values are the same up to the identity of heap objects: numbers equal,
/// objects paired one to one (a bijection, so aliasing must agree too) with the same type,
/// fields and items, recursively.
/// </summary>
public static class HeapEquivalence
{
    public static string? Difference(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count)
        {
            return $"{a.Count} values against {b.Count}";
        }
        var forward = new Dictionary<HeapObject, HeapObject>();
        var backward = new Dictionary<HeapObject, HeapObject>();
        var pending = new Queue<(HeapObject, HeapObject, string)>();

        string? Compare(object? x, object? y, string path)
        {
            if (x is HeapObject ox && y is HeapObject oy)
            {
                var seenX = forward.TryGetValue(ox, out var pairedX);
                var seenY = backward.TryGetValue(oy, out var pairedY);
                if (seenX || seenY)
                {
                    return ReferenceEquals(pairedX, oy) && ReferenceEquals(pairedY, ox) ? null : $"{path}: objects alias differently";
                }
                forward[ox] = oy;
                backward[oy] = ox;
                pending.Enqueue((ox, oy, path));
                return null;
            }
            return Equals(x, y) ? null : $"{path}: {x ?? "null"} against {y ?? "null"}";
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (Compare(a[i], b[i], $"value {i}") is { } difference)
            {
                return difference;
            }
        }
        while (pending.Count > 0)
        {
            var (x, y, path) = pending.Dequeue();
            if (x.Type != y.Type || x.Items.Length != y.Items.Length)
            {
                return $"{path}: a {x.Type.Name}[{x.Items.Length}] against a {y.Type.Name}[{y.Items.Length}]";
            }
            foreach (var field in x.Fields.Keys.Union(y.Fields.Keys).OrderBy(field => field.Name, StringComparer.Ordinal))
            {
                if (Compare(HeapMachine.Read(x.Fields, field), HeapMachine.Read(y.Fields, field), $"{path}.{field.Name}") is { } difference)
                {
                    return difference;
                }
            }
            var elementKind = x.Type is ArrayDescr array ? array.ElementKind : ValueKind.Ref;
            for (var i = 0; i < x.Items.Length; i++)
            {
                if (Compare(x.Items[i] ?? HeapMachine.Default(elementKind), y.Items[i] ?? HeapMachine.Default(elementKind), $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }
        }
        return null;
    }
}
