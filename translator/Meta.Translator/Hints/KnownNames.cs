using Mono.Cecil;

namespace Meta.Translator.Hints;

/// <summary>
/// The names by which the translator recognizes the hints of framework/Meta.Jit in an
/// interpreter's IL. Matching is by full name, so the checker does not need to load Meta.Jit.
/// </summary>
public static class KnownNames
{
    public const string JitDriver = "Meta.Jit.JitDriver";
    public const string Hints = "Meta.Jit.Hints";
    public const string MergePoint = "MergePoint";
    public const string CanEnterJit = "CanEnterJit";
    public const string Elidable = "Meta.Jit.ElidableAttribute";
    public const string DontLookInside = "Meta.Jit.DontLookInsideAttribute";
    public const string UnrollSafe = "Meta.Jit.UnrollSafeAttribute";
    public const string LookInsideIf = "Meta.Jit.LookInsideIfAttribute";
    public const string Virtualizable = "Meta.Jit.VirtualizableAttribute";
    public const string ImmutableElements = "Meta.Jit.ImmutableElementsAttribute";

    public static bool Has(ICustomAttributeProvider provider, string attribute) =>
        provider.HasCustomAttributes && provider.CustomAttributes.Any(a => a.AttributeType.FullName == attribute);

    public static bool IsHintCall(MethodReference method) =>
        method.DeclaringType.FullName is JitDriver or Hints;

    public static bool IsMergePoint(MethodReference method) =>
        method.DeclaringType.FullName == JitDriver && method.Name == MergePoint;

    public static bool IsCanEnterJit(MethodReference method) =>
        method.DeclaringType.FullName == JitDriver && method.Name == CanEnterJit;
}
